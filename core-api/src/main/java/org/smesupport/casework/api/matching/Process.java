package org.smesupport.casework.api.matching;

/** Manufacturing and service processes a supplier offers and an order request needs. */
public enum Process {
    MACHINING("機械加工"),
    SHEET_METAL("板金加工"),
    PRESSING("プレス加工"),
    MOULDING("成形加工"),
    CASTING_FORGING("鋳造・鍛造"),
    WELDING("溶接"),
    SURFACE_TREATMENT("表面処理"),
    ELECTRONICS_ASSEMBLY("電子部品組立"),
    MECHANICAL_ASSEMBLY("機械組立"),
    SOFTWARE("ソフトウェア開発"),
    DESIGN("設計"),
    OTHER("その他");

    private final String label;

    Process(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
