package dev.steadfast.ops.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

/** Parsing the view strings of JGroups 5.5 (View.toString and MergeView.toString, as the channel's view attribute shows them). */
class ClusterViewTest {

    @Test
    void aPlainViewHasItsIdAndMembersInOrder() {
        ClusterView v = ClusterView.parse("[apps-1|2] (2) [apps-1, apps-2]").orElseThrow();
        assertEquals("apps-1|2", v.id());
        assertEquals(List.of("apps-1", "apps-2"), v.members());
        assertFalse(v.merged());
    }

    @Test
    void aMergeViewHasTheMergedMembersAndItsSubgroupsApart() {
        ClusterView v = ClusterView.parse(
                "MergeView::[apps-1|5] (2) [apps-1, apps-2], 2 subgroups: [apps-1|3] (1) [apps-1], [apps-2|4] (1) [apps-2]").orElseThrow();
        assertEquals("apps-1|5", v.id());
        assertEquals(List.of("apps-1", "apps-2"), v.members(), "subgroup members are not members twice");
        assertTrue(v.merged());
        assertEquals(List.of("apps-1|3", "apps-2|4"), v.subgroups().stream().map(ClusterView::id).toList());
        assertEquals(List.of("apps-2"), v.subgroups().get(1).members());
    }

    @Test
    void aMemberSuffixInParenthesesIsNotPartOfItsName() {
        ClusterView v = ClusterView.parse("[apps-2|7] (3) [apps-2(v=16.0.5), apps-1(v=16.0.5, site=a), shop-a]").orElseThrow();
        assertEquals(List.of("apps-2", "apps-1", "shop-a"), v.members());
    }

    @Test
    void theSuffixOfTheCreatorInTheViewIdIsKeptAsPartOfTheId() {
        // As WildFly 39 reports a view once Infinispan joined the channel.
        ClusterView v = ClusterView.parse("[apps-1(v=16.0.5)|1] (2) [apps-1(v=16.0.5), apps-2(v=16.0.5)]").orElseThrow();
        assertEquals("apps-1(v=16.0.5)|1", v.id());
        assertEquals(List.of("apps-1", "apps-2"), v.members());
    }

    @Test
    void aViewOfMoreThanTwentyMembersIsPrintedInPartAndSaysSo() {
        StringBuilder members = new StringBuilder();
        for (int i = 1; i <= 20; i++) {
            members.append(i > 1 ? ", " : "").append("n-").append(i).append(i == 20 ? "(v=16.0.5)" : "");
        }
        ClusterView v = ClusterView.parse("[n-1|9] (22) [" + members + " ...]").orElseThrow();
        assertEquals(22, v.size());
        assertEquals(20, v.members().size());
        assertEquals("n-20", v.members().get(19));
    }

    @Test
    void aMergeViewWithoutSubgroupsIsAMergeViewWithNone() {
        ClusterView v = ClusterView.parse("MergeView::[apps-1|10] (2) [apps-1, apps-2]").orElseThrow();
        assertEquals(List.of("apps-1", "apps-2"), v.members());
        assertEquals(List.of(), v.subgroups());
    }

    @Test
    void aSingleMemberViewIsAView() {
        assertEquals(List.of("apps-2"), ClusterView.parse("[apps-2|4] (1) [apps-2]").orElseThrow().members());
    }

    @Test
    void noViewOrATextThatIsNotAViewIsEmpty() {
        assertEquals(Optional.empty(), ClusterView.parse(null));
        assertEquals(Optional.empty(), ClusterView.parse("n/a"));
        assertEquals(Optional.empty(), ClusterView.parse(""));
        assertEquals(Optional.empty(), ClusterView.parse("[apps-1|2] (3) [apps-1, apps-2]"), "a size that does not match its members");
        assertEquals(Optional.empty(), ClusterView.parse("[apps-1|2] (2) [apps-1, apps-2] trailing"));
    }
}
