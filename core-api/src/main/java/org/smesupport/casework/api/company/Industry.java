package org.smesupport.casework.api.company;

/** Industry classes the centre's reports group by (the lease table's 製造業, 建設業, サービス業, その他 …). */
public enum Industry {
    MANUFACTURING("製造業"),
    CONSTRUCTION("建設業"),
    WHOLESALE("卸売業"),
    RETAIL("小売業"),
    INFORMATION_COMMUNICATION("情報通信業"),
    TRANSPORT("運輸業"),
    SERVICES("サービス業"),
    OTHER("その他");

    private final String label;

    Industry(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
