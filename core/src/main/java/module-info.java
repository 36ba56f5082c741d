/**
 * zhifa core: domain types of administrative enforcement, identifiers with checksums, Bean Validation
 * constraints, the configured JSON mapper and the error hierarchy.
 */
module io.github.zhifa.core {
    requires transitive jakarta.validation;
    requires transitive com.fasterxml.jackson.databind;
    requires com.fasterxml.jackson.datatype.jsr310;
    requires org.hibernate.validator;
    requires org.slf4j;

    exports io.github.zhifa.core;
    exports io.github.zhifa.core.id;
    exports io.github.zhifa.core.json;
    exports io.github.zhifa.core.validation;
}
