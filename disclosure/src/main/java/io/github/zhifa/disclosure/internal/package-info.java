/** Implementation of the disclosure module: CSV reading and writing, field lookup. Not exported. */
package io.github.zhifa.disclosure.internal;
