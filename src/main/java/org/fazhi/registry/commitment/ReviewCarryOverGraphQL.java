package org.fazhi.registry.commitment;

import jakarta.transaction.Transactional;
import java.util.List;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Source;
import org.fazhi.registry.report.Report;
import org.fazhi.registry.report.SubmitReportPayload;

/** What a submission did to the reviews of the version it superseded. */
@GraphQLApi
public class ReviewCarryOverGraphQL {

    @Transactional
    @Name("reviewsNotCarriedOver")
    @Description("Reviewer decisions on the commitments of the version this submission superseded that match no "
            + "commitment of the new version: they stay on the old commitments. Empty when nothing was superseded "
            + "or every decision moved to the new version (its commitments' history shows the move).")
    public List<@NonNull List<@NonNull CommitmentView>> reviewsNotCarriedOver(@Source List<SubmitReportPayload> payloads) {
        return payloads.stream().map(p -> p.report() == null || !p.created() ? List.<CommitmentView>of()
                : Report.<Report>findByIdOptional(p.report().key()).map(ReviewCarryOver::leftBehind).orElse(List.of())
                        .stream().map(CommitmentView::of).toList()).toList();
    }
}
