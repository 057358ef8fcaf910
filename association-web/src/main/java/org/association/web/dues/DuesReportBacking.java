package org.association.web.dues;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import java.util.List;
import java.util.Locale;
import org.association.dues.boundary.DuesService;
import org.association.dues.boundary.PeriodFigures;
import org.association.web.site.Messages;

/** /admin/dues/report.xhtml: expected, received, written off and outstanding per period, as a table and a chart. */
@Named
@RequestScoped
public class DuesReportBacking {

    @Inject
    private DuesService dues;

    private List<PeriodFigures> periods;

    @PostConstruct
    void load() {
        periods = dues.report();
    }

    public List<PeriodFigures> getPeriods() {
        return periods;
    }

    /** Received, written off and outstanding per period, stacked to what was expected: a Chart.js bar chart for p:chart. */
    public String getChart() {
        Locale locale = FacesContext.getCurrentInstance().getViewRoot().getLocale();
        JsonArrayBuilder labels = Json.createArrayBuilder();
        JsonArrayBuilder received = Json.createArrayBuilder();
        JsonArrayBuilder writtenOff = Json.createArrayBuilder();
        JsonArrayBuilder outstanding = Json.createArrayBuilder();
        // oldest first, as time runs on a chart
        for (int i = periods.size() - 1; i >= 0; i--) {
            PeriodFigures period = periods.get(i);
            labels.add(period.periodStart().toString());
            received.add(period.received());
            writtenOff.add(period.writtenOff());
            outstanding.add(period.outstanding());
        }
        return Json.createObjectBuilder()
                .add("type", "bar")
                .add("data", Json.createObjectBuilder()
                        .add("labels", labels)
                        .add("datasets", Json.createArrayBuilder()
                                .add(dataset(Messages.text(locale, "dues.received"), received, "#2e7d32"))
                                .add(dataset(Messages.text(locale, "dues.writtenOff"), writtenOff, "#9e9e9e"))
                                .add(dataset(Messages.text(locale, "dues.outstanding"), outstanding, "#c62828"))))
                .add("options", Json.createObjectBuilder()
                        .add("scales", Json.createObjectBuilder()
                                .add("x", Json.createObjectBuilder().add("stacked", true))
                                .add("y", Json.createObjectBuilder().add("stacked", true).add("beginAtZero", true))))
                .build()
                .toString();
    }

    private static JsonObjectBuilder dataset(String label, JsonArrayBuilder values, String colour) {
        return Json.createObjectBuilder().add("label", label).add("data", values).add("backgroundColor", colour);
    }
}
