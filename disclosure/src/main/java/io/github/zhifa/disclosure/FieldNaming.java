package io.github.zhifa.disclosure;

/** Which of a field's names is written in JSON keys and CSV headers. Reading accepts all of them. */
public enum FieldNaming {
    /** National field codes, e.g. {@code CF_WSH}. */
    CODE,
    /** Readable Chinese names, e.g. 行政处罚决定书文号. */
    CHINESE,
    /** English JSON names, e.g. {@code documentNumber}. */
    JSON
}
