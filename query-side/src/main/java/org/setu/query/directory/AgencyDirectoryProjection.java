package org.setu.query.directory;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.queryhandling.QueryHandler;
import org.bson.Document;
import org.setu.kernel.agency.AgencyEvent;
import org.setu.kernel.agency.AgencyReactivatedEvent;
import org.setu.kernel.agency.AgencyRegisteredEvent;
import org.setu.kernel.agency.AgencySuspendedEvent;
import org.setu.kernel.agency.AgencyUpdatedEvent;
import org.setu.kernel.common.StaffId;
import org.setu.kernel.agency.StaffMemberAddedEvent;
import org.setu.kernel.agency.StaffMemberRemovedEvent;
import org.setu.kernel.query.AgencyStaff;
import org.setu.kernel.query.AgencyView;
import org.setu.kernel.query.FindAgenciesQuery;
import org.setu.kernel.query.FindAgencyQuery;
import org.setu.kernel.query.FindAgencyStaffQuery;
import org.setu.query.ProcessingGroups;
import org.setu.query.common.Generations;
import org.setu.query.common.GenerationalProjection;
import org.setu.query.common.JsonViews;
import org.setu.query.common.VersionedViews;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The service directory: every agency with its services, districts and languages (a small collection); and, apart
 * from it, each agency's staff members, which only the agency's administrators and the secretariat's may read.
 */
@ProcessingGroup(ProcessingGroups.AGENCY_DIRECTORY)
public class AgencyDirectoryProjection extends GenerationalProjection {

    public static final String COLLECTION = "agency_directory";
    public static final String STAFF = "agency_staff";

    public AgencyDirectoryProjection(Generations generations) {
        super(generations, ProcessingGroups.AGENCY_DIRECTORY, COLLECTION, STAFF);
    }

    @EventHandler
    void on(AgencyEvent event, @SequenceNumber long seq) {
        VersionedViews.update(write(COLLECTION), event.agencyId().value(), seq, AgencyView.class,
                current -> apply(current, event), new Document());
        VersionedViews.update(write(STAFF), event.agencyId().value(), seq, AgencyStaff.class,
                current -> staff(current, event), new Document());
    }

    /** The staff list after an event: a member added (or their roles changed) or removed; other events keep it. */
    static AgencyStaff staff(AgencyStaff current, AgencyEvent event) {
        AgencyStaff list = current != null ? current : new AgencyStaff(event.agencyId(), List.of());
        if (event instanceof StaffMemberAddedEvent e) {
            List<AgencyStaff.StaffMember> members = new ArrayList<>(without(list, e.staffId()));
            members.add(new AgencyStaff.StaffMember(e.staffId(), e.name(), e.roles()));
            return new AgencyStaff(list.agencyId(), members);
        }
        if (event instanceof StaffMemberRemovedEvent e) {
            return new AgencyStaff(list.agencyId(), without(list, e.staffId()));
        }
        return list;
    }

    private static List<AgencyStaff.StaffMember> without(AgencyStaff list, StaffId staffId) {
        return list.members().stream().filter(m -> !m.staffId().equals(staffId)).toList();
    }

    @QueryHandler
    public AgencyStaff handle(FindAgencyStaffQuery query) {
        Document d = read(STAFF).find(new Document("_id", query.agencyId().value())).first();
        return d == null ? new AgencyStaff(query.agencyId(), List.of()) : JsonViews.read(d.getString("view"), AgencyStaff.class);
    }

    static AgencyView apply(AgencyView v, AgencyEvent event) {
        if (event instanceof AgencyRegisteredEvent e) {
            return new AgencyView(e.agencyId(), e.name(), e.type(), e.services(), true);
        }
        if (v == null) {
            return null;
        }
        if (event instanceof AgencyUpdatedEvent e) {
            return new AgencyView(v.agencyId(), e.name(), e.type(), e.services(), v.active());
        }
        if (event instanceof AgencySuspendedEvent) {
            return new AgencyView(v.agencyId(), v.name(), v.type(), v.services(), false);
        }
        if (event instanceof AgencyReactivatedEvent) {
            return new AgencyView(v.agencyId(), v.name(), v.type(), v.services(), true);
        }
        return v;
    }

    @QueryHandler
    public AgencyView handle(FindAgencyQuery query) {
        Document d = read(COLLECTION).find(new Document("_id", query.agencyId().value())).first();
        return d == null ? null : JsonViews.read(d.getString("view"), AgencyView.class);
    }

    /** Filters in memory: the directory holds the network's agencies, a few hundred at most. */
    @QueryHandler
    public List<AgencyView> handle(FindAgenciesQuery query) {
        List<AgencyView> all = new ArrayList<>();
        read(COLLECTION).find().forEach(d -> all.add(JsonViews.read(d.getString("view"), AgencyView.class)));
        return all.stream()
                .filter(a -> a.services().stream().anyMatch(s ->
                        (query.serviceType() == null || s.serviceType() == query.serviceType())
                                && (query.district() == null || s.districts().contains(query.district()))
                                && (query.language() == null || s.languages().contains(query.language())))
                        || query.serviceType() == null && query.district() == null && query.language() == null)
                .sorted(Comparator.comparing(a -> a.agencyId().value()))
                .toList();
    }
}
