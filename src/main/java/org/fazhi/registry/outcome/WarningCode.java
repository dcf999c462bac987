package org.fazhi.registry.outcome;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Enum;

@Enum("WarningCode")
@Description("Why a mutation that succeeded warns about what it stored. Codes are stable; messages may change.")
public enum WarningCode {
    @Description("The region part of the credit code (characters 3–8) lies neither within nor around the organisation's division: one of them may be out of date.")
    CREDIT_CODE_REGION_MISMATCH
}
