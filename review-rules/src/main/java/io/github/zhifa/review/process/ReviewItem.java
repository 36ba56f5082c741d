package io.github.zhifa.review.process;

/**
 * What a legal review checks (审核内容), in the order of the seed plan (二（三）11（1）) and 行政处罚法 art. 58.
 */
public enum ReviewItem {
    /** 主体: the enforcement body is lawful. */
    SUBJECT("主体", "行政执法机关主体是否合法"),
    /** 资格: the officers hold enforcement qualification. */
    QUALIFICATION("资格", "行政执法人员是否具备执法资格"),
    /** 程序: the procedure is lawful. */
    PROCEDURE("程序", "行政执法程序是否合法"),
    /** 事实: the facts are clear. */
    FACTS("事实", "案件事实是否清楚"),
    /** 证据: the evidence is lawful and sufficient. */
    EVIDENCE("证据", "证据是否合法充分"),
    /** 法律适用: laws, regulations and rules are applied correctly. */
    LAW_APPLICATION("法律适用", "适用法律、法规、规章是否准确"),
    /** 裁量基准: discretion benchmarks are used properly. */
    DISCRETION("裁量基准", "裁量基准运用是否适当"),
    /** 权限: the agency acts within its statutory competence. */
    COMPETENCE("权限", "执法是否超越执法机关法定权限"),
    /** 文书: the documents are complete and in form. */
    DOCUMENTS("文书", "行政执法文书是否完备、规范"),
    /** 涉嫌犯罪移送: a suspected crime is transferred to the judicial organs. */
    CRIME_TRANSFER("涉嫌犯罪移送", "违法行为是否涉嫌犯罪、需要移送司法机关");

    private final String zh;
    private final String question;

    ReviewItem(String zh, String question) {
        this.zh = zh;
        this.question = question;
    }

    /**
     * The short Chinese name.
     *
     * @return e.g. 程序
     */
    public String zh() {
        return zh;
    }

    /**
     * The question the reviewer answers, in the words of the seed plan.
     *
     * @return e.g. 行政执法程序是否合法
     */
    public String question() {
        return question;
    }
}
