package org.fazhi.registry.nativeimage;

import io.quarkus.runtime.annotations.RegisterForReflection;
import org.fazhi.registry.archive.DocumentResource;
import org.fazhi.registry.archive.DocumentView;
import org.fazhi.registry.archive.UploadAnswer;
import org.fazhi.registry.outcome.UserError;

/**
 * The JSON answers of {@code POST /documents}: the resource returns them inside a {@code Response}, so the build
 * cannot see their types, and a native image keeps their accessors for Jackson only when registered here.
 */
@RegisterForReflection(targets = {UploadAnswer.class, UploadAnswer.ReportSummary.class, DocumentView.class,
        UserError.class, DocumentResource.Refusal.class})
final class UploadAnswerReflection {

    private UploadAnswerReflection() {
    }
}
