/**
 * The append-only case log: a Merkle tree with RFC 9162 hashing over the tag-manifest digests of record packages,
 * with inclusion and consistency proofs that verify without the log.
 */
package io.github.zhifa.recording.log;
