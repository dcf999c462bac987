package org.fazhi.registry.report;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.fazhi.registry.extraction.CitationKind;
import org.fazhi.registry.extraction.ParsedCitation;

@Name("Citation")
@Description("A 《…》 title a report cites: a law, regulation, policy document or other work.")
public record CitationView(
        @NonNull @Description("The title as written, in simplified characters, spaces removed.") String title,
        @NonNull @Description("The title the work is known by; for laws without the 中华人民共和国 prefix.") String canonicalTitle,
        @NonNull @Description("What kind of work is cited.") CitationKind kind,
        @NonNull @Description("How often the report cites it.") int occurrences,
        @NonNull @Description("Where the first citation (with its 《》) starts in the normalised text.") int startOffset,
        @NonNull @Description("Where the first citation ends (exclusive) in the normalised text.") int endOffset) {

    static CitationView of(Citation c) {
        return new CitationView(c.title, c.canonicalTitle, c.kind, c.occurrences, c.startOffset, c.endOffset);
    }

    static CitationView of(ParsedCitation c) {
        return new CitationView(c.title(), c.canonicalTitle(), c.kind(), c.occurrences(), c.firstSpan().start(),
                c.firstSpan().end());
    }
}
