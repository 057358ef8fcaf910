package org.association.web.mail;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.association.mail.boundary.NoticeService;
import org.association.mail.entity.Notice;

/** The notices staff wrote, newest first. */
@Named
@RequestScoped
public class NoticeListBacking {

    @Inject
    private NoticeService notices;

    private List<Notice> all;

    public List<Notice> getNotices() {
        if (all == null) {
            all = notices.all();
        }
        return all;
    }
}
