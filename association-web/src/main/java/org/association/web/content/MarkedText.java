package org.association.web.content;

import jakarta.faces.component.FacesComponent;
import jakarta.faces.component.UIComponentBase;
import jakarta.faces.context.FacesContext;
import jakarta.faces.context.ResponseWriter;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.association.content.control.search.Snippet;
import org.association.content.control.search.Snippet.Range;

/**
 * {@code <a:marked value="..."/>}: a search hit's {@link Snippet} as escaped text, its matches in {@code <mark>}
 * elements. One component, not a loop with two conditional parts per run of text: a search page is rendered anew for
 * every new question, and each component in it costs that rendering.
 */
@FacesComponent(MarkedText.COMPONENT_TYPE)
public class MarkedText extends UIComponentBase {

    public static final String COMPONENT_TYPE = "org.association.web.content.MarkedText";

    /** A run of a snippet's text, marked when it matched the question. */
    record Segment(String text, boolean marked) {
    }

    @Override
    public String getFamily() {
        return "org.association.web.content";
    }

    @Override
    public void encodeBegin(FacesContext context) throws IOException {
        ResponseWriter writer = context.getResponseWriter();
        for (Segment segment : segments((Snippet) getAttributes().get("value"))) {
            if (segment.marked()) {
                writer.startElement("mark", this);
                writer.writeText(segment.text(), null);
                writer.endElement("mark");
            } else {
                writer.writeText(segment.text(), null);
            }
        }
    }

    /** The runs of {@code snippet}'s text, in order, none empty; none at all for a null snippet. */
    static List<Segment> segments(Snippet snippet) {
        List<Segment> segments = new ArrayList<>();
        if (snippet == null) {
            return segments;
        }
        String text = snippet.text();
        int position = 0;
        for (Range match : snippet.matches()) {
            if (match.start() > position) {
                segments.add(new Segment(text.substring(position, match.start()), false));
            }
            segments.add(new Segment(text.substring(match.start(), match.end()), true));
            position = match.end();
        }
        if (position < text.length()) {
            segments.add(new Segment(text.substring(position), false));
        }
        return segments;
    }
}
