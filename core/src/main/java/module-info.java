/**
 * zhifa core: domain types of administrative enforcement, identifiers with checksums, Bean Validation
 * constraints, the configured JSON mapper and the error hierarchy.
 */
module io.github.zhifa.core {
    requires transitive jakarta.validation;
    requires transitive com.fasterxml.jackson.databind;
    requires com.fasterxml.jackson.datatype.jsr310;
    requires org.hibernate.validator;
    // Hibernate Validator is an automatic module: its own dependencies (explicit modules) are resolved on the
    // module path only if some module requires them (docs/decisions.md, "modules: module-path use checked").
    requires org.jboss.logging;
    requires com.fasterxml.classmate;
    requires org.slf4j;

    exports io.github.zhifa.core;
    exports io.github.zhifa.core.constraints;
    exports io.github.zhifa.core.domain;
    exports io.github.zhifa.core.id;
    exports io.github.zhifa.core.json;
    exports io.github.zhifa.core.validation;

    // Reflection: Hibernate Validator reads the records' fields and instantiates the constraint validators;
    // Jackson reads and writes the records.
    opens io.github.zhifa.core.domain to
            org.hibernate.validator,
            com.fasterxml.jackson.databind;
    opens io.github.zhifa.core.internal.validation to
            org.hibernate.validator;
}
