package org.smesupport.casework.app.openapi;

import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.tags.Tag;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springdoc.core.customizers.OperationCustomizer;
import org.springframework.web.method.HandlerMethod;

/**
 * One tag per programme (and for reports, audit, administration and sign-in), from the package of the operation's
 * controller, so that a client generated from the document has one class per programme; and an operation id made of
 * the controller method's name and what its controller is about ({@code openConsultation}, {@code withdrawSupplier}),
 * unique and stable across releases, where springdoc's default would number the many {@code open}s in the order it
 * met them.
 */
final class ProgrammeTags implements OperationCustomizer {

    private static final String ROOT = "org.smesupport.casework.";

    /** The tags in the order the document lists them, with what each holds. */
    static final List<Tag> TAGS = List.of(
            tag("sign-in", "認証 Sign-in: a bearer token for a user name and password"),
            tag("companies", "企業 Client companies, and everything the centre has with each"),
            tag("consultations", "相談 Consultations: cases, sessions, expert dispatches (report I-1)"),
            tag("leases", "設備貸与・債権管理 Equipment leases and receivables, approvals, the close of business (report I-2)"),
            tag("matching", "個別あっせん Business matching: suppliers, order requests, referrals, fairs (report I-3)"),
            tag("restructuring", "再生支援 Restructuring cases and improvement-plan subsidies (report I-7)"),
            tag("succession", "事業承継 Succession consultations and deals (report I-7)"),
            tag("plans", "中期経営計画 The mid-term plan's targets and results"),
            tag("fiscal-years", "年度締め Closing and reopening fiscal years"),
            tag("reports", "事業報告 The annual report's tables (JSON, CSV), their records, self-check and past dates"),
            tag("references", "整理番号 Finding a record by its reference"),
            tag("history", "履歴 A record as it stood after any of its events"),
            tag("imports", "移行 Bringing in a centre's existing records"),
            tag("audit", "監査 Event streams, search across them, the access log, the hash chain and the export"),
            tag("administration", "運用 Projections: status, rebuild, verification, dead letters"),
            tag("personal-data", "個人情報 Erasing a company's personal information"));

    /** The package under {@code org.smesupport.casework.} a controller lives in, to its tag. */
    private static final Map<String, String> BY_PACKAGE = byPackage();

    @Override
    public Operation customize(Operation operation, HandlerMethod handler) {
        String tag = tagOf(handler.getBeanType());
        operation.setTags(List.of(tag));
        operation.setOperationId(handler.getMethod().getName() + subject(handler.getBeanType()));
        return operation;
    }

    static String tagOf(Class<?> controller) {
        String packageName = controller.getPackageName();
        String relative = packageName.startsWith(ROOT) ? packageName.substring(ROOT.length()) : packageName;
        for (String candidate = relative; !candidate.isEmpty();
             candidate = candidate.contains(".") ? candidate.substring(0, candidate.lastIndexOf('.')) : "") {
            String tag = BY_PACKAGE.get(candidate);
            if (tag != null) {
                return tag;
            }
        }
        throw new IllegalStateException("no tag for the controllers of package " + packageName
                + ": name its programme in ProgrammeTags");
    }

    private static Map<String, String> byPackage() {
        Map<String, String> tags = new LinkedHashMap<>();
        tags.put("app.security", "sign-in");
        tags.put("app.audit", "audit");
        tags.put("app.admin", "administration");
        tags.put("app.privacy", "personal-data");
        for (String side : List.of("command.", "query.")) {
            tags.put(side + "company", "companies");
            tags.put(side + "consultation", "consultations");
            tags.put(side + "lease", "leases");
            tags.put(side + "matching", "matching");
            tags.put(side + "restructuring", "restructuring");
            tags.put(side + "succession", "succession");
            tags.put(side + "plan", "plans");
            tags.put(side + "fiscalyear", "fiscal-years");
            tags.put(side + "reference", "references");
            tags.put(side + "history", "history");
        }
        tags.put("command.closeofbusiness", "leases");
        tags.put("command.importing", "imports");
        // the query side's own package holds the annual report's controllers
        tags.put("query", "reports");
        return tags;
    }

    /** {@code SupplierCommandController} → {@code Supplier}, {@code ProjectionAdminController} → {@code Projection}. */
    private static String subject(Class<?> controller) {
        String name = controller.getSimpleName();
        for (String suffix : List.of("CommandController", "AdminController", "Controller")) {
            if (name.endsWith(suffix)) {
                return name.substring(0, name.length() - suffix.length());
            }
        }
        return name;
    }

    private static Tag tag(String name, String description) {
        return new Tag().name(name).description(description);
    }
}
