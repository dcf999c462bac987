package org.fazhi.registry.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The follow-up matcher on short real-looking plan and report fragments; the evaluation set measures it at large. */
class FollowUpMatcherTest {

    /** Three variants of each pattern a reviewer meets: expected outcome | commitment | the later item. */
    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            # carried out in other words
            STRONG | 建立行政执法人员资格管理制度。对执法人员实行持证上岗，严格资格审查。 | 行政执法人员资格管理更加规范。全部执法人员持证上岗，资格审查通过率100%。
            STRONG | 开展法律顾问履职评估。对党政机关法律顾问的履职情况进行年度评估。 | 完成全县党政机关法律顾问年度履职评估，评估结果分为优秀、合格两档。
            STRONG | 推行行政执法公示。在门户网站公示执法主体和执法结果。 | 在门户网站设立执法公示专栏，公示执法主体42个、执法结果1300余条。
            # carried out and reported only in numbers
            FOUND | 开展人民调解员培训。 | 举办人民调解员培训班2期，培训调解员300人次。
            FOUND | 组织领导干部旁听庭审。 | 组织领导干部旁听庭审3次，参加人员150人次。
            FOUND | 开展规范性文件清理。 | 清理规范性文件88件，废止9件，修改4件。
            # not carried out, only the boilerplate shared
            NONE | 深入学习贯彻习近平法治思想。建成县级行政复议服务中心。 | 深入学习贯彻习近平法治思想，进一步提高依法行政水平，法治政府建设取得新成效。
            NONE | 进一步提高依法行政水平。建立执法证件动态注销制度。 | 依法行政水平进一步提高，扎实推进法治政府建设各项工作。
            NONE | 坚持以习近平新时代中国特色社会主义思想为指导，编制政府权责清单。 | 坚持以习近平新时代中国特色社会主义思想为指导，全面推进依法行政。
            # not carried out, a look-alike word in another sense
            NONE | 规范行政规范性文件管理。 | 全年收发文件1200件，文件运转及时准确。
            NONE | 开展法治体检。 | 组织干部职工开展年度健康体检，体检率100%。
            NONE | 推进“证照分离”改革。 | 推进“人车分离”交通组织改造。
            # not carried out, the same words qualified for another field of work
            NONE | 推行行政执法“好差评”制度。 | 推行政务服务“好差评”，评价数据全量归集。
            NONE | 建立行政执法人员“积分制”管理。 | 推行村民“积分制”管理，全村412户参与。
            NONE | 建立行政复议“绿色通道”。 | 开通医保报销“绿色通道”，全年办理1200人次。
            # ... while the same words with the commitment's own qualifier are evidence
            STRONG | 完善行政执法“三张清单”。 | 修订行政执法“三张清单”，新增事项12项。
            STRONG | 推广执法“说理式”文书。 | 推广说理式执法文书，全年制作说理式文书320份。
            FOUND | 推行税收执法“首违不罚”。 | 对首次违法且危害后果轻微的纳税人依法免予行政处罚，涉及市场主体86户。
            # not carried out, the thing promised is not there: another action on the same theme
            NONE | 建立人民调解专家库。 | 组织人民调解员参加业务培训，培训调解员200人次。
            NONE | 建设行政复议服务中心。 | 全年受理行政复议申请96件。
            NONE | 修订重大行政决策程序规定。 | 全年作出重大行政决策6项，均履行法定程序。
            # ... while the thing itself, built, is evidence
            STRONG | 建立人民调解专家库。 | 建成人民调解专家库，入库专家32名。
            STRONG | 建设行政复议服务中心。 | 县行政复议服务中心建成启用，全年接待群众460人次。
            STRONG | 修订重大行政决策程序规定。 | 修订出台《重大行政决策程序规定》，明确决策事项目录管理。
            # not carried out: the stance a promise is made in is shared, the thing promised is not there
            NONE | 秉持总体国家安全观，制定国家安全宣传教育工作方案。 | 秉持总体国家安全观，维护社会大局持续稳定。
            NONE | 着眼群众急难愁盼，编制社区公共服务设施清单。 | 着眼群众急难愁盼，办好民生实事，群众满意度稳步提升。
            NONE | 坚守耕地保护红线，建立耕地保护田长制。 | 坚守耕地保护红线，守住粮食安全底线，全年粮食总产量12.6万吨。
            # ... while the thing promised, or a result reported under the stance, is evidence
            STRONG | 秉持总体国家安全观，制定国家安全宣传教育工作方案。 | 制定国家安全宣传教育工作方案，明确五个方面重点任务。
            FOUND | 坚守耕地保护红线，建立耕地保护田长制。 | 全面建立耕地保护田长制，设立县、镇、村三级田长426名。
            FOUND | 着眼企业开办便利化，设立企业开办服务专区。 | 企业开办便利化改革提速，企业开办时间压缩至0.5个工作日，全年新开办企业3200户。
            # carried out and reported as a result on the same object (a figure, a thing completed), in other words
            FOUND | 开展电信网络诈骗专项整治。 | 排查诈骗线索1200条，追回被骗资金86万元。
            FOUND | 开展打击非法采砂专项行动。 | 查处采砂案件9起，罚款46万元。
            FOUND | 推进电动自行车违规充电整治。 | 排查充电隐患860处，整改率100%。
            # ... but not where the report puts a qualifier of its own before the same word
            NONE | 开展养老诈骗专项整治。 | 开展防范电信诈骗宣传，发放资料3000份。
            NONE | 建设社区老年人助餐点。 | 新增学校助餐点12个。
            NONE | 开展法治体检。 | 完成职工年度体检，健康体检率100%。
            # partly carried out: one of several tasks fully done
            PARTIAL | 加强领导干部学法用法。落实年终述法，组织旁听庭审，开展法治理论考试。 | 组织班子成员旁听庭审2次。
            PARTIAL | 推进政务公开。编制公开目录，开通政务公开专区，召开新闻发布会。 | 召开新闻发布会6场。
            PARTIAL | 加强执法装备建设。为执法人员配备执法记录仪，建设执法询问室，配发执法服装。 | 新建执法询问室2间。
            # carried out in the words of other fields of work (rows of the equivalence table)
            FOUND | 开展农资打假专项行动。 | 查处制售假冒伪劣农资案件9件。
            FOUND | 畅通农民工欠薪投诉渠道。 | 受理拖欠农民工工资投诉56件，追回工资380万元。
            FOUND | 严厉查处违法用地行为。 | 立案查处违法占地案件12宗。
            """)
    void shouldJudgeAsAReviewerWould(String outcome, String commitment, String item) {
        MatchStrength strength = FollowUpMatcher.over(List.of(item)).score(title(commitment), commitment, 0).strength();

        if (outcome.equals("FOUND")) {
            assertThat(strength).isNotEqualTo(MatchStrength.NONE);
        } else {
            assertThat(strength).isEqualTo(MatchStrength.valueOf(outcome));
        }
    }

    @Test
    void shouldCallItPartlyEvidencedWhenTheTitleIsNotCarriedOut() {
        String commitment = "推进行政复议听证室建设。每个镇街配备行政复议联络员。";
        Match match = FollowUpMatcher.over(List.of("全县15个镇街均配备了行政复议联络员。"))
                .score("推进行政复议听证室建设", commitment, 0);

        assertThat(match.strength()).isEqualTo(MatchStrength.PARTIAL);
    }

    @Test
    void shouldRankTheItemsOfALaterReportAndExplainTheBest() {
        FollowUpMatcher matcher = FollowUpMatcher.over(List.of(
                "加强组织领导。全年召开专题会议4次。",
                "综合行政执法改革落地见效。组建综合行政执法大队，执法层级由三级减为两级，执法力量下沉到镇街。",
                "开展综合行政执法业务培训。组织执法技能比武。"));

        List<Match> best = matcher.best("深化综合行政执法改革", "深化综合行政执法改革。减少执法层级，推动执法重心下移。", 3);

        assertThat(best).extracting(Match::candidate).startsWith(1).doesNotContain(0);
        assertThat(best.get(0).strength()).isEqualTo(MatchStrength.STRONG);
        assertThat(best.get(0).matchedTerms()).containsExactly("综合行政执法改革", "执法层级", "执法", "下沉");
        assertThat(matcher.best("深化综合行政执法改革", "深化综合行政执法改革。", 1)).hasSize(1);
    }

    @Test
    void shouldScoreEachCommitmentAsIfItWereTheFirstOnAnIndexUsedForMany() {
        List<String> items = LabelledPair.all().stream().map(LabelledPair::item).toList();
        FollowUpMatcher shared = FollowUpMatcher.over(items);

        for (LabelledPair pair : LabelledPair.all().subList(0, 40)) {
            List<Match> again = shared.best(pair.title(), pair.commitment(), 3);
            List<Match> fresh = FollowUpMatcher.over(items).best(pair.title(), pair.commitment(), 3);
            assertThat(again).as(pair.id()).isEqualTo(fresh);
        }
    }

    @Test
    void shouldFindTheSameBestMatchesAsScoringEveryItemInTurn() {
        List<String> items = LabelledPair.all().stream().map(LabelledPair::item).toList();
        FollowUpMatcher matcher = FollowUpMatcher.over(items);

        for (LabelledPair pair : LabelledPair.all().subList(0, 60)) {
            List<Match> everyItem = IntStream.range(0, items.size())
                    .mapToObj(i -> matcher.score(pair.title(), pair.commitment(), i))
                    .filter(m -> m.strength() != MatchStrength.NONE)
                    .sorted(Comparator.comparingDouble((Match m) -> -m.score()).thenComparingInt(Match::candidate))
                    .limit(5).toList();
            assertThat(matcher.best(pair.title(), pair.commitment(), 5)).as(pair.id()).isEqualTo(everyItem);
        }
    }

    @Test
    void shouldFindNothingInAnEmptyReportOrForAnEmptyCommitment() {
        assertThat(FollowUpMatcher.over(List.of()).best("开展法治体检", "开展法治体检。", 3)).isEmpty();
        assertThat(FollowUpMatcher.over(List.of("开展法治体检31场。")).best(null, "。", 3)).isEmpty();
    }

    private static String title(String commitment) {
        int end = commitment.indexOf('。');
        return end < 0 ? commitment : commitment.substring(0, end);
    }
}
