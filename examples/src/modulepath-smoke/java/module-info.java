/**
 * A consumer of zhifa on the module path: requires every zhifa library module and nothing else. Compiled and run by
 * {@code ModulePathSmokeTest} in {@code examples}; not part of any artifact.
 */
module zhifa.modulepath.smoke {
    requires io.github.zhifa.core;
    requires io.github.zhifa.calendar;
    requires io.github.zhifa.disclosure;
    requires io.github.zhifa.review;
    requires io.github.zhifa.recording;

    // A host's own records with zhifa's constraints: Hibernate Validator reads their fields.
    opens io.github.zhifa.modulepath.smoke to
            org.hibernate.validator;
}
