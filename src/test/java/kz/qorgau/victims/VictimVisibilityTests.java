package kz.qorgau.victims;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;

import kz.qorgau.QorgauTest;
import kz.qorgau.TestUsers;
import kz.qorgau.SignedIn;
import kz.qorgau.identity.QorgauUser;
import kz.qorgau.shared.Permission;

/**
 * The victim list decides what a user sees with one SQL predicate ({@link VictimScope#sql}); a record's page
 * with the domain rule ({@link VictimScope#sees}). For every demo user and every record in the database (the demo
 * data and whatever other tests added: records of other organisations, referred, linked to cases of several
 * regions, with and without consent), the two must agree exactly.
 */
@QorgauTest
class VictimVisibilityTests {

    static final List<String> DEMO_USERS = TestUsers.DEMO;

    @Autowired
    Victims victims;
    @Autowired
    VictimScope scope;
    @Autowired
    VictimList list;
    @Autowired
    VictimDetails details;
    @Autowired
    TestUsers users;

    @Test
    void theListedRecordsAreExactlyThoseWhosePageTheUserMayRead() {
        List<Victim> all = victims.findAll();
        assertThat(all).as("the demo data holds victim records").isNotEmpty();
        SoftAssertions softly = new SoftAssertions();
        int seenByAnyone = 0;
        for (String username : DEMO_USERS) {
            QorgauUser user = users.demo(username);
            Set<Long> readable = all.stream().filter(victim -> scope.sees(user, victim)).map(Victim::id)
                    .collect(Collectors.toSet());
            seenByAnyone += readable.size();
            if (!user.may(Permission.VICTIMS)) {
                softly.assertThat(readable).as("%s reads no victim record", username).isEmpty();
                continue;
            }
            Set<Long> listed = SignedIn.as(user, () -> list.search(VictimCommands.Search.any(),
                    PageRequest.of(0, all.size() + 1))).items().stream().map(VictimViews.VictimListItem::id)
                    .collect(Collectors.toSet());
            softly.assertThat(listed).as("the records %s lists", username).isEqualTo(readable);
            // the drill-down of statistics applies the same predicate to a list of ids
            Set<Long> among = SignedIn.as(user, () -> list.among(all.stream().map(Victim::id).toList(),
                    PageRequest.of(0, all.size() + 1))).items().stream().map(VictimViews.VictimListItem::id)
                    .collect(Collectors.toSet());
            softly.assertThat(among).as("the records %s finds among all ids", username).isEqualTo(readable);
            // and the page of a record agrees with the rule for a sample of records on both sides
            for (Victim victim : all.subList(0, Math.min(all.size(), 40))) {
                softly.assertThat(SignedIn.as(user, () -> details.visibleTo(victim.id(), user)))
                        .as("%s reads %s", username, victim.reference()).isEqualTo(readable.contains(victim.id()));
            }
        }
        softly.assertThat(seenByAnyone).as("some users see some records").isPositive();
        softly.assertAll();
    }
}
