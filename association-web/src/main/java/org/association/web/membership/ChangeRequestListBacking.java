package org.association.web.membership;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.association.membership.boundary.MemberChangeRequests;
import org.association.membership.entity.MemberChangeRequest;

/** The members' pending change requests, oldest first, each leading to its decision page; and how many there are. */
@Named
@RequestScoped
public class ChangeRequestListBacking {

    @Inject
    private MemberChangeRequests requests;

    private List<MemberChangeRequest> pending;
    private Long count;

    public List<MemberChangeRequest> getPending() {
        if (pending == null) {
            pending = requests.pending();
        }
        return pending;
    }

    /** Asked only where MEMBERSHIP staff look (the dashboard shows it to them alone). */
    public long getCount() {
        if (count == null) {
            count = pending == null ? requests.countPending() : pending.size();
        }
        return count;
    }
}
