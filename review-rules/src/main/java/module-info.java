/**
 * Legal review (法制审核), hearing rights, exemption lists and inspection rules, from declarative rules, with
 * explanations citing the articles behind every answer.
 */
module io.github.zhifa.review {
    requires transitive io.github.zhifa.core;
    requires transitive io.github.zhifa.calendar;
    requires org.slf4j;

    exports io.github.zhifa.review;
    exports io.github.zhifa.review.process;
    exports io.github.zhifa.review.hearing;
    exports io.github.zhifa.review.inspection;
    exports io.github.zhifa.review.exemption;
}
