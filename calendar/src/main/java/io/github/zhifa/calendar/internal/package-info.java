/** Implementation of the calendar: the precomputed day table. Not exported. */
package io.github.zhifa.calendar.internal;
