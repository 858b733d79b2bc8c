package org.smesupport.casework.projection.company;

import java.text.Normalizer;
import java.util.Locale;

/**
 * How a company's name is searched: the name and the search text are both reduced to one form, so that ｶﾌﾞｼｷｶﾞｲｼｬ,
 * カブシキガイシャ and かぶしきがいしゃ, or ＡＢＣ and abc, find each other. NFKC folds full- and half-width forms (and
 * joins a half-width kana with its voicing mark), katakana become hiragana, letters lower case, and spaces go.
 */
public final class CompanySearchKey {

    private static final char FIRST_KATAKANA = 'ァ';
    private static final char LAST_CONVERTIBLE_KATAKANA = 'ヶ';
    private static final int KATAKANA_TO_HIRAGANA = 'ァ' - 'ぁ';

    private CompanySearchKey() {
    }

    public static String of(String text) {
        String folded = Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
        StringBuilder key = new StringBuilder(folded.length());
        for (int i = 0; i < folded.length(); i++) {
            char c = folded.charAt(i);
            if (Character.isWhitespace(c)) {
                continue;
            }
            key.append(c >= FIRST_KATAKANA && c <= LAST_CONVERTIBLE_KATAKANA ? (char) (c - KATAKANA_TO_HIRAGANA) : c);
        }
        return key.toString();
    }
}
