package org.placeworks.panel.internal;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.placeworks.shared.InvalidInput;

/** A multi-agency panel for a locality: its chair, member agencies with their members and deputies, and how it meets. */
@Entity
@Table(name = "panel")
public class Panel {

    @Id
    UUID id;

    String name;

    @Column(name = "locality_id")
    UUID localityId;

    @Column(name = "chair_staff_id")
    UUID chairStaffId;

    @Column(name = "deputy_chair_staff_id")
    UUID deputyChairStaffId;

    @Column(name = "cadence_week")
    int cadenceWeek;

    @Enumerated(EnumType.STRING)
    @Column(name = "cadence_day")
    DayOfWeek cadenceDay;

    @Column(name = "start_time")
    LocalTime startTime;

    String venue;

    @Column(name = "cut_off_days")
    int cutOffDays;

    @Column(name = "minutes_per_item")
    int minutesPerItem;

    @Column(name = "quorum_agencies")
    int quorumAgencies;

    /** Months the panel does not meet, as month numbers ("8" for August), comma-separated. */
    @Column(name = "skipped_months")
    String skippedMonths = "";

    @OneToMany(cascade = CascadeType.ALL, orphanRemoval = true)
    @JoinColumn(name = "panel_id", nullable = false)
    @OrderBy("agencyId")
    List<PanelMember> members = new ArrayList<>();

    /** Agencies that must be represented for a quorum, besides the number of agencies. */
    @jakarta.persistence.ElementCollection
    @jakarta.persistence.CollectionTable(name = "panel_quorum_agency", joinColumns = @JoinColumn(name = "panel_id"))
    @Column(name = "agency_id")
    java.util.Set<UUID> quorumNamedAgencies = new java.util.HashSet<>();

    @Version
    long version;

    protected Panel() {
    }

    public Panel(String name, UUID localityId, UUID chairStaffId, Cadence cadence, LocalTime startTime, String venue,
            int cutOffDays, int minutesPerItem, int quorumAgencies) {
        this.id = UUID.randomUUID();
        change(name, localityId, chairStaffId, cadence, startTime, venue, cutOffDays, minutesPerItem, quorumAgencies);
    }

    public void change(String name, UUID localityId, UUID chairStaffId, Cadence cadence, LocalTime startTime,
            String venue, int cutOffDays, int minutesPerItem, int quorumAgencies) {
        this.name = name;
        this.localityId = localityId;
        this.chairStaffId = chairStaffId;
        this.cadenceWeek = cadence.week();
        this.cadenceDay = cadence.day();
        this.startTime = startTime;
        this.venue = venue;
        this.cutOffDays = cutOffDays;
        this.minutesPerItem = minutesPerItem;
        this.quorumAgencies = quorumAgencies;
    }

    public void addMember(UUID agencyId, UUID memberStaffId, UUID deputyStaffId) {
        if (memberFor(agencyId).isPresent()) {
            throw new InvalidInput("agencyId", "That agency already sits on this panel: change its member instead");
        }
        members.add(new PanelMember(agencyId, memberStaffId, deputyStaffId));
    }

    public void removeMember(UUID memberId) {
        members.removeIf(m -> m.id.equals(memberId));
    }

    public Optional<PanelMember> memberFor(UUID agencyId) {
        return members.stream().filter(m -> m.agencyId.equals(agencyId)).findFirst();
    }

    /** Whether the member of staff sits on the panel, as a named member or a deputy. */
    public boolean hasMember(UUID staffId) {
        return staffId != null && members.stream()
                .anyMatch(m -> staffId.equals(m.memberStaffId) || staffId.equals(m.deputyStaffId));
    }

    public boolean chairedBy(UUID staffId) {
        return staffId != null && staffId.equals(chairStaffId);
    }

    /**
     * Names the deputy chair (null: none). The deputy must be someone other than the chair; that they
     * hold the panel-chair role is checked by the caller, which knows the roles.
     */
    public void appointDeputyChair(UUID staffId) {
        if (staffId != null && staffId.equals(chairStaffId)) {
            throw new InvalidInput("deputyChairStaffId", "Select a deputy chair other than the chair");
        }
        this.deputyChairStaffId = staffId;
    }

    public boolean deputyChairedBy(UUID staffId) {
        return staffId != null && staffId.equals(deputyChairStaffId);
    }

    /**
     * Names the agencies that must be present for the panel to be quorate (empty: any agencies will do). Each
     * must sit on the panel, and there cannot be more of them than the quorum's number allows for.
     */
    public void requireAgenciesForQuorum(java.util.Set<UUID> agencies) {
        java.util.Set<UUID> onPanel = new java.util.HashSet<>();
        members.forEach(m -> onPanel.add(m.agencyId));
        if (!onPanel.containsAll(agencies)) {
            throw new InvalidInput("quorumAgencyIds", "Select only agencies that sit on the panel");
        }
        quorumNamedAgencies.clear();
        quorumNamedAgencies.addAll(agencies);
    }

    /** The panel's quorum: the number of agencies and the named agencies that must be among them. */
    public Quorum.Rule quorumRule() {
        return new Quorum.Rule(quorumAgencies, quorumNamedAgencies);
    }

    public java.util.Set<UUID> quorumNamedAgencies() {
        return java.util.Set.copyOf(quorumNamedAgencies);
    }

    public Cadence cadence() {
        return new Cadence(cadenceWeek, cadenceDay, skippedMonths());
    }

    /** Months the panel does not meet (none: every month). */
    public java.util.Set<java.time.Month> skippedMonths() {
        java.util.Set<java.time.Month> months = java.util.EnumSet.noneOf(java.time.Month.class);
        for (String n : skippedMonths == null ? new String[0] : skippedMonths.split(",")) {
            if (!n.isBlank()) {
                months.add(java.time.Month.of(Integer.parseInt(n.strip())));
            }
        }
        return months;
    }

    /** Sets the months the panel does not meet; it must meet in at least one. */
    public void skip(java.util.Set<java.time.Month> months) {
        if (months.size() == 12) {
            throw new InvalidInput("months", "The panel must meet in at least one month: untick one");
        }
        skippedMonths = months.stream().sorted().map(m -> String.valueOf(m.getValue()))
                .collect(java.util.stream.Collectors.joining(","));
    }

    public UUID id() { return id; }
    public String name() { return name; }
    public UUID localityId() { return localityId; }
    public UUID chairStaffId() { return chairStaffId; }
    public UUID deputyChairStaffId() { return deputyChairStaffId; }
    public LocalTime startTime() { return startTime; }
    public String venue() { return venue; }
    public int cutOffDays() { return cutOffDays; }
    public int minutesPerItem() { return minutesPerItem; }
    public int quorumAgencies() { return quorumAgencies; }
    public List<PanelMember> members() { return members; }
    public long version() { return version; }
}
