package kz.qorgau.statistics;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

import kz.qorgau.cases.CaseCommands;
import kz.qorgau.cases.CaseList;
import kz.qorgau.cases.CaseViews;
import kz.qorgau.cases.InternationalCooperation;
import kz.qorgau.cases.SpecialOperations;
import kz.qorgau.organisations.OrganisationRegistry;
import kz.qorgau.shared.PageResponse;
import kz.qorgau.victims.VictimList;
import kz.qorgau.victims.VictimViews;

/**
 * Records behind a figure as their own lists show them: each module answers those of the ids the user may see (the
 * drill-down of a figure, and the records that moved a published figure).
 */
@Component
class RecordListing {

    private final CaseList cases;
    private final VictimList victims;
    private final OrganisationRegistry organisations;
    private final SpecialOperations operations;
    private final InternationalCooperation cooperation;

    RecordListing(CaseList cases, VictimList victims, OrganisationRegistry organisations,
            SpecialOperations operations, InternationalCooperation cooperation) {
        this.cases = cases;
        this.victims = victims;
        this.organisations = organisations;
        this.operations = operations;
        this.cooperation = cooperation;
    }

    /** Puts the page of the records the user may see into the model (as the list's fragment reads it); their number. */
    long list(Statistics.Listed listed, String sort, PageRequest pageable, Model model) {
        return switch (listed.kind()) {
            case CASES -> {
                PageResponse<CaseViews.CaseListItem> found = cases.among(listed.ids(), sort, pageable);
                model.addAttribute("cases", found);
                model.addAttribute("search", new CaseCommands.Search(null, null, null, null, null, null, null, null,
                        sort));
                yield found.totalItems();
            }
            case VICTIMS -> {
                PageResponse<VictimViews.VictimListItem> found = victims.among(listed.ids(), pageable);
                model.addAttribute("victims", found);
                model.addAttribute("organisationNames", organisations.findAll(found.items().stream()
                        .map(VictimViews.VictimListItem::registeredByOrganisationId).toList()));
                yield found.totalItems();
            }
            case OPERATIONS -> {
                Page<CaseViews.OperationView> found = operations.among(listed.ids(), pageable);
                model.addAttribute("operations", found);
                yield found.getTotalElements();
            }
            case REQUESTS -> {
                Page<CaseViews.CooperationView> found = cooperation.among(listed.ids(), pageable);
                model.addAttribute("requests", found);
                yield found.getTotalElements();
            }
        };
    }
}
