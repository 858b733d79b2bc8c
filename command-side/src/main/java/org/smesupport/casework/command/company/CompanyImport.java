package org.smesupport.casework.command.company;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.smesupport.casework.api.company.CompanyId;
import org.smesupport.casework.api.company.CorporateNumber;
import org.smesupport.casework.api.company.IdentityDocument;
import org.smesupport.casework.api.company.Industry;
import org.smesupport.casework.api.company.RegisterCompanyCommand;
import org.smesupport.casework.api.company.SizeClass;
import org.smesupport.casework.command.common.BusinessRuleViolation;
import org.smesupport.casework.command.importing.ImportFindings;
import org.smesupport.casework.command.importing.ImportKind;
import org.smesupport.casework.command.importing.RowFields;
import org.springframework.stereotype.Component;

/**
 * The centre's client firms from its earlier system ({@code POST /api/imports/companies}), one registration a
 * row. {@code sourceId}, the earlier system's number for the firm, fixes the company's id, so a file imported
 * twice registers each firm once; a sole proprietor has no {@code corporateNumber} and gives the
 * {@code identityDocument} seen instead, as at the desk.
 */
@Component
class CompanyImport implements ImportKind<RegisterCompanyCommand> {

    static final String SOURCE_ID = "sourceId";
    static final String CORPORATE_NUMBER = "corporateNumber";

    private final CompanyRegistry companies;
    private final CorporateNumberRegistry corporateNumbers;

    CompanyImport(CompanyRegistry companies, CorporateNumberRegistry corporateNumbers) {
        this.companies = companies;
        this.corporateNumbers = corporateNumbers;
    }

    /** The id an imported firm gets: the same for the same {@code sourceId} in every file and on every run. */
    static CompanyId companyIdOf(String sourceId) {
        return CompanyId.of(UUID.nameUUIDFromBytes(("company-import:" + sourceId).getBytes(StandardCharsets.UTF_8))
                .toString());
    }

    @Override
    public String name() {
        return "companies";
    }

    @Override
    public List<String> columns() {
        return List.of(SOURCE_ID, CORPORATE_NUMBER, "name", "kana", "industry", "municipality", "sizeClass",
                "identityDocument");
    }

    @Override
    public RegisterCompanyCommand read(RowFields row) {
        String sourceId = row.text(SOURCE_ID);
        CorporateNumber number = corporateNumber(row);
        String name = row.text("name");
        String kana = row.optionalText("kana");
        Industry industry = row.oneOf("industry", Industry.class);
        String municipality = row.text("municipality");
        SizeClass sizeClass = row.oneOf("sizeClass", SizeClass.class);
        IdentityDocument document = row.optionalText("identityDocument") == null ? null
                : row.oneOf("identityDocument", IdentityDocument.class);
        if (!row.readable()) {
            return null;
        }
        return new RegisterCompanyCommand(companyIdOf(sourceId), number, name, industry, municipality, sizeClass,
                document, kana);
    }

    private static CorporateNumber corporateNumber(RowFields row) {
        String text = row.optionalText(CORPORATE_NUMBER);
        if (text == null) {
            return null;
        }
        if (!CorporateNumber.isValid(text)) {
            row.problem(CORPORATE_NUMBER, "import.company.corporateNumber.invalid", text);
            return null;
        }
        return CorporateNumber.of(text);
    }

    /**
     * A firm given twice in the file, by its {@code sourceId} or its corporate number, is a problem on the later
     * row; so is a registration the company's own rules refuse, or a corporate number another company holds.
     */
    @Override
    public void check(List<ReadRow<RegisterCompanyCommand>> rows, ImportFindings findings) {
        Map<CompanyId, Integer> sources = new HashMap<>();
        Map<CorporateNumber, Integer> numbers = new HashMap<>();
        for (ReadRow<RegisterCompanyCommand> row : rows) {
            RegisterCompanyCommand command = row.command();
            Integer earlier = sources.putIfAbsent(command.companyId(), row.row());
            if (earlier != null) {
                findings.problem(row.row(), SOURCE_ID, "import.row.duplicate", earlier, SOURCE_ID);
            }
            try {
                Company.checkRegistration(command);
            } catch (BusinessRuleViolation refused) {
                findings.problem(row.row(), refused.field(), refused.code(), refused.arguments().toArray());
            }
            if (command.corporateNumber() != null) {
                checkNumber(row.row(), command, numbers, findings);
            }
        }
    }

    private void checkNumber(int row, RegisterCompanyCommand command, Map<CorporateNumber, Integer> numbers,
                             ImportFindings findings) {
        Integer earlier = numbers.putIfAbsent(command.corporateNumber(), row);
        if (earlier != null) {
            findings.problem(row, CORPORATE_NUMBER, "import.row.duplicate", earlier, CORPORATE_NUMBER);
            return;
        }
        Optional<CompanyId> holder = corporateNumbers.holderOf(command.corporateNumber());
        if (holder.isPresent() && !holder.get().equals(command.companyId())) {
            findings.problem(row, CORPORATE_NUMBER, "company.corporateNumber.registeredAlreadyCompany",
                    command.corporateNumber(), holder.get());
        }
    }

    @Override
    public boolean alreadyStored(RegisterCompanyCommand command) {
        return companies.isRegistered(command.companyId());
    }
}
