package org.fazhi.registry.extraction;

import org.eclipse.microprofile.graphql.Description;

/** Where in a report the name of its issuing body was read; the order is the order of trust. */
@Description("Where in the text the issuing body's name was read.")
public enum OrganisationEvidence {
    @Description("The title names the body: 某某局关于2024年法治政府建设情况的报告.")
    TITLE,
    @Description("The title names only a region (北京市2020年…报告), which stands for its people's government.")
    REGION_TITLE,
    @Description("A metadata field names it: 发布机构, 发文机关, 来源, or the red head of the document (…文件).")
    METADATA,
    @Description("The preamble names it: as the subject of its first sentence, or in 现将某某…报告如下.")
    PREAMBLE,
    @Description("The signature line at the end names it.")
    SIGNATURE
}
