package org.smesupport.casework.app.demo;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.smesupport.casework.api.company.CompanyId;
import org.smesupport.casework.api.company.CorporateNumber;
import org.smesupport.casework.api.company.Industry;
import org.smesupport.casework.api.company.RegisterCompanyCommand;
import org.smesupport.casework.api.company.SizeClass;

/** The client companies every other part of the demo history refers to. */
final class DemoCompanies {

    static final CompanyId FIRST_COMPANY = id(1);
    static final int COUNT = 60;
    private static final String[] MUNICIPALITIES = {"横浜市", "川崎市", "相模原市", "横須賀市", "藤沢市", "平塚市",
            "厚木市", "大和市", "小田原市", "茅ヶ崎市"};
    private static final String[] NAME_STEMS = {"相模", "湘南", "港北", "丹沢", "箱根", "三浦", "多摩", "金沢", "鶴見", "戸塚"};
    private static final String[] NAME_KINDS = {"精工", "製作所", "工業", "電子", "建設", "商事", "システム", "デザイン"};

    private DemoCompanies() {
    }

    static CompanyId id(int n) {
        return CompanyId.of("demo-company-%03d".formatted(n));
    }

    static List<RegisterCompanyCommand> generate(Random random) {
        List<RegisterCompanyCommand> companies = new ArrayList<>(COUNT);
        for (int n = 1; n <= COUNT; n++) {
            String base = "%012d".formatted(1_000_000_000L + n * 7_919L);
            CorporateNumber number = CorporateNumber.of(CorporateNumber.checkDigit(base) + base);
            String name = "株式会社" + pick(random, NAME_STEMS) + pick(random, NAME_KINDS);
            Industry industry = Industry.values()[random.nextInt(Industry.values().length)];
            SizeClass size = SizeClass.values()[random.nextInt(SizeClass.values().length)];
            companies.add(new RegisterCompanyCommand(id(n), number, name, industry, pick(random, MUNICIPALITIES), size, null));
        }
        return companies;
    }

    private static String pick(Random random, String[] options) {
        return options[random.nextInt(options.length)];
    }
}
