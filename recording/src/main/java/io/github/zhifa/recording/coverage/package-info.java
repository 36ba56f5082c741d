/** Audio-video coverage: do the video segments cover an activity that requires full recording (全程音像记录)? */
package io.github.zhifa.recording.coverage;
