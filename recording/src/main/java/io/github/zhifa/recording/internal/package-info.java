/** Implementation details of the recording module (not exported): the SM3 compression, atomic files, bag paths. */
package io.github.zhifa.recording.internal;
