package org.association.web.admin;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.association.audit.boundary.AuditService;
import org.association.backup.boundary.Backup;
import org.association.backup.boundary.BackupService;
import org.association.audit.entity.AuditEntry;
import org.association.content.boundary.ArticleService;
import org.association.content.entity.ArticleStatus;
import org.association.common.BusinessException;
import org.association.dues.boundary.DuesService;
import org.association.membership.boundary.MemberService;
import org.association.web.site.Messages;

/** The back office's first page: how the register and the news stand, and what changed last. */
@Named
@RequestScoped
public class DashboardBacking {

    static final int EXPIRY_DAYS = 30;
    static final int MONTHS = 12;
    static final int LATEST_CHANGES = 10;

    @Inject
    private MemberService members;

    @Inject
    private ArticleService articles;

    @Inject
    private AuditService audit;

    @Inject
    private BackupService backups;

    @Inject
    private DuesService dues;

    @Inject
    private Feedback feedback;

    private Map<String, Long> memberCounts;
    private long expiring;
    private Map<ArticleStatus, Long> articleCounts;
    private Map<YearMonth, Long> joined;
    private List<AuditEntry> latestChanges;

    @PostConstruct
    void load() {
        memberCounts = members.countsByStatus();
        expiring = members.expiringWithin(EXPIRY_DAYS);
        articleCounts = articles.countsByStatus();
        joined = members.joinedPerMonth(MONTHS);
        latestChanges = audit.latest(LATEST_CHANGES);
    }

    /** Backs the whole database up now (ADMIN only: the service checks it) and says where the copy went. */
    public void backUp() {
        try {
            Backup backup = backups.backup();
            feedback.info("backup.done", backup.folder().toString(), backup.bytes() / (1024 * 1024), backup.took().toSeconds());
            latestChanges = audit.latest(LATEST_CHANGES);
        } catch (BusinessException refusal) {
            feedback.refused(null, refusal);
        }
    }

    public Map<String, Long> getMemberCounts() {
        return memberCounts;
    }

    public long getPendingApplications() {
        return memberCounts.get("APPLICANT");
    }

    public long getExpiring() {
        return expiring;
    }

    public int getExpiryDays() {
        return EXPIRY_DAYS;
    }

    /** What all invoices still ask for; only dues staff see it (the page asks only for them). */
    public BigDecimal getDuesOutstanding() {
        return dues.outstandingTotal();
    }

    public Map<ArticleStatus, Long> getArticleCounts() {
        return articleCounts;
    }

    public List<AuditEntry> getLatestChanges() {
        return latestChanges;
    }

    /** Members joined per month as a Chart.js bar chart, the configuration PrimeFaces' p:chart takes. */
    public String getJoinedChart() {
        Locale locale = FacesContext.getCurrentInstance().getViewRoot().getLocale();
        JsonArrayBuilder labels = Json.createArrayBuilder();
        JsonArrayBuilder values = Json.createArrayBuilder();
        joined.forEach((month, count) -> {
            labels.add(month.toString());
            values.add(count);
        });
        return Json.createObjectBuilder()
                .add("type", "bar")
                .add("data", Json.createObjectBuilder()
                        .add("labels", labels)
                        .add("datasets", Json.createArrayBuilder().add(Json.createObjectBuilder()
                                .add("label", Messages.text(locale, "dashboard.joined"))
                                .add("data", values)
                                .add("backgroundColor", "#0b5e9a"))))
                .add("options", Json.createObjectBuilder()
                        .add("plugins", Json.createObjectBuilder()
                        .add("legend", Json.createObjectBuilder().add("display", false)))
                        .add("scales", Json.createObjectBuilder().add("y", Json.createObjectBuilder()
                                .add("beginAtZero", true)
                                .add("ticks", Json.createObjectBuilder().add("precision", 0)))))
                .build()
                .toString();
    }
}
