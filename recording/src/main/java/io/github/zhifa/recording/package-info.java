/**
 * Record manifests, hashing (SHA-256 and SM3), BagIt packages, the Merkle case log and audio-video coverage.
 */
package io.github.zhifa.recording;
