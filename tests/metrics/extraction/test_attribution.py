"""Whose figure it is: the actor of the clause, not the nearest name (metrics.extraction.attribution)."""

from metrics.extraction import Catalogue, Gazetteer, extract_article
from metrics.extraction.reference import load_catalogue, load_gazetteer

GAZETTEER = Gazetteer(load_gazetteer())
CATALOGUE = Catalogue(load_catalogue())


def figures(body: str, title: str = ""):
    return {f.text: f for f in extract_article(body, gazetteer=GAZETTEER, catalogue=CATALOGUE, title=title).figures}


def test_a_list_names_the_first_body_but_the_figure_is_the_whole_systems():
    found = figures(
        "2023年，全区政法系统涌现出“全国维护妇女儿童权益先进集体”区检察院，“全国模范人民调解员”郑秋船等40多个国家级、省级先进集体和个人。"
    )
    assert found["40多个"].unit is None


def test_the_subject_at_the_head_of_the_clause_is_the_actor():
    found = figures("近日，白沙街道联合白沙派出所开展消防检查，共检查企业46家。")
    assert found["46家"].unit == "白沙街道"


def test_a_body_inside_a_phrase_is_not_the_actor():
    found = figures("区人社局组织企业在白沙街道举办招聘会，提供岗位600个。", title="区人社局举办招聘会")
    assert found["600个"].unit == "江门市蓬江区人力资源和社会保障局"


def test_an_initiative_named_only_after_the_figure_is_not_its_initiative():
    found = figures("实现6个镇(街)综治中心全面提档升级，“一镇(街)一品牌”基本形成。")
    assert found["6个"].initiative is None


def test_the_initiative_named_before_the_figure_in_its_sentence_is_its_initiative():
    found = figures("目前，全区共有“平安联盟”4400多家。")
    assert found["4400多家"].initiative == "平安联盟"


def test_the_bench_compares_a_unit_through_the_gazetteers_names():
    """The bench's "core figures' unit": one body under its full and short names; no unit is the district's."""
    from tests.corpus import unit_is_right

    procuratorate = next(name for name, entry in GAZETTEER.entries.items() if "蓬江区检察院" in entry.aliases)
    assert unit_is_right(procuratorate, "蓬江区检察院", GAZETTEER)
    assert not unit_is_right(procuratorate, "白沙街道", GAZETTEER)
    assert unit_is_right(None, "蓬江区", GAZETTEER) and unit_is_right(None, "", GAZETTEER)
    assert not unit_is_right(None, "白沙街道", GAZETTEER)


def test_a_subject_that_refers_back_is_the_body_it_refers_to():
    found = figures("记者近日从白沙街道获悉，今年以来，该街道共调处矛盾纠纷120宗。")
    assert found["120宗"].unit == "白沙街道"


def test_a_subject_that_refers_back_takes_the_nearest_body_of_its_kind():
    found = figures("白沙街道与棠下镇签订协作协议。据介绍，该镇已建成长者饭堂8家。")
    assert found["8家"].unit == "棠下镇"


def test_the_districts_bodies_of_one_line_of_work_are_the_lead_departments():
    found = figures(
        "2023年以来，全区调解组织共调解案件860件。截至目前，全区共有各级调解组织120个。全区新增市场主体3000户。",
        title="区司法局推进人民调解工作",
    )
    assert found["860件"].unit == found["120个"].unit == "江门市蓬江区司法局"
    assert found["3000户"].unit is None


def test_a_bare_kind_noun_as_subject_refers_back_like_gai():
    found = figures(
        "白沙街道推进党建引领基层治理。截至9月底，街道已有900余名在职党员回社区报到，为居民办实事1,500余件。"
    )
    assert found["900余名"].unit == found["1,500余件"].unit == "白沙街道"


def test_gai_yuanqu_refers_back_to_the_park_whatever_its_ending():
    found = figures("近日，区政数局走访蓬江(荷塘)万洋众创城，了解企业需求。该园区已有30多家企业办理注册。")
    assert found["30多家"].unit == "蓬江(荷塘)万洋众创城"


def test_a_body_that_introduces_a_speaker_is_the_source_not_the_actor():
    found = figures("区民政局相关负责人介绍，全区已建成长者饭堂40个。", title="区民政局推进长者饭堂建设")
    assert found["40个"].unit is None


def test_quan_zhen_as_subject_is_the_town_named_before():
    found = figures("荷塘镇推进警网融合。荷塘派出所相关负责人介绍，今年1—5月，全镇通过警网联动处置矛盾纠纷200宗。")
    assert found["200宗"].unit == "荷塘镇"


def test_a_plural_subject_is_the_body_that_runs_them_all():
    found = figures(
        "白沙街道将80项高频事项下沉至社区驿站办理。试运行以来，各驿站共受理办件5000余件。",
        title="白沙街道社区政务服务驿站全覆盖",
    )
    assert found["5000余件"].unit == "白沙街道"


def test_a_report_shown_and_a_span_of_months_lead_in_to_the_subject():
    found = figures("报告显示，1至9月，全区实现地区生产总值600亿元。", title="区人大常委会听取经济运行情况报告")
    assert found["600亿元"].unit is None


def test_the_number_of_a_list_item_leads_in_to_its_subject():
    found = figures("一年来，区司法局推进调解进村居。\n②棠下镇设立“和事佬”等5个调解工作室；\n③白沙街道组建调解队伍12支。")
    assert found["5个"].unit == "棠下镇"
    assert found["12支"].unit == "白沙街道"


def test_a_department_named_by_its_line_of_work_is_the_body_of_that_line_named_before():
    found = figures("近日，白沙街道联合江门市公安局蓬江分局开展夜查。此次行动，公安部门出动警力120人次。")
    assert found["120人次"].unit == "江门市公安局蓬江分局"
    # 相关部门 names no line of work and no body
    assert figures("近日，白沙街道开展夜查。此次行动，相关部门出动人员30人次。")["30人次"].unit != "江门市公安局蓬江分局"


def test_the_rows_of_a_data_box_belong_to_the_subject_that_introduces_it():
    body = "春节前，江门市公安局蓬江分局开展整治。\n\n据统计，今年以来全区公安部门：\n\n查处违法行为\t320宗\n\n抓获嫌疑人\t45人"
    found = figures(body)
    assert found["320宗"].unit == "江门市公安局蓬江分局"
    assert found["45人"].unit == "江门市公安局蓬江分局"


def test_a_body_named_often_but_only_as_a_place_is_not_the_articles_lead_unit():
    # No headline unit; 北街小学 is named three times, each time where something happens, never as acting.
    found = figures(
        "开学第一天，家长们陪孩子走进北街小学。在北街小学的新操场上，学生们升起国旗。"
        "记者在北街小学看到，新校舍设有功能室12间。"
    )
    assert found["12间"].unit is None


def test_a_body_named_often_and_acting_once_is_the_articles_lead_unit():
    found = figures(
        "北街小学近日启用新校舍。家长们陪孩子走进北街小学，在北街小学的新操场上参加升旗仪式。"
        "开学首日，共迎来新生320名。"
    )
    assert found["320名"].unit == "北街小学"


def test_a_body_the_reporter_had_the_news_from_may_be_the_articles_lead_unit():
    found = figures(
        "记者从北街小学了解到，新学期开设兴趣课程。北街小学相关负责人表示，课程由教师自主设计，"
        "开学首周，报名学生达480人。"
    )
    assert found["480人"].unit == "北街小学"


def test_a_body_inside_a_projects_name_is_not_the_subject():
    found = figures(
        "据悉，白沙街道旧厂房改造项目中，首批启动地块有6个，总用地面积52公顷。", title="蓬江推进旧厂房改造"
    )
    assert found["6个"].unit is None


def test_a_body_named_only_in_a_works_name_is_not_the_articles_lead_unit():
    # A progress report: 北街小学 is named only as the school a building works is for.
    found = figures(
        "上半年民生实事进展如下。北街小学扩建工程已完成主体结构。\n\n"
        "食品快检　完成4200批次\n\n北街小学扩建(一期)总进度：约70%"
    )
    assert found["4200批次"].unit is None


def test_a_body_named_after_its_town_is_the_subject_not_the_town():
    found = figures("4月2日，杜阮镇龙溪村举办长者生日会，全村260多位长者参加。")
    assert found["260多位"].unit.endswith("龙溪村")


def test_the_town_before_a_list_of_its_villages_stays_the_subject():
    found = figures("近日，杜阮镇龙溪、井根两个村的农田改造完工，新增高标准农田约300亩。")
    assert found["约300亩"].unit == "杜阮镇"


def test_the_one_body_named_as_the_news_source_is_the_articles_lead_unit():
    # Named once only, but the only body and the paper's source: the article is its news.
    found = figures("记者从北街小学获悉，新学期开设兴趣课程，开学首周报名学生达480人。")
    assert found["480人"].unit == "北街小学"


def test_a_body_named_once_beside_another_is_not_the_articles_lead_unit():
    found = figures("记者从北街小学获悉，新学期与白沙街道合办兴趣课程，开学首周报名学生达480人。")
    assert found["480人"].unit is None


def test_a_bodys_party_committee_leads_with_the_body_not_against_it():
    # 江门市公安局 twice and its 党委 twice: one lead, not a tie between two bodies.
    found = figures(
        "按照江门市公安局党委的部署，全市公安机关开展夏夜巡查。江门市公安局党委书记召开会议作出部署，"
        "市公安局班子成员分头督导。据统计，当晚共检查车辆5570台次。江门市公安局相关负责人表示，将持续巡查。"
    )
    assert found["5570台次"].unit == "江门市公安局"


def test_a_county_at_the_head_of_a_clause_owns_its_figures_and_is_no_body():
    found = figures("崇左市政协副主席、天等县委书记吴强介绍，2016年至2018年，天等县共减少贫困人口67617人，33个贫困村实现摘帽。")
    assert (found["67617人"].unit, found["33个"].unit) == (None, None)


def test_a_speakers_own_body_still_owns_what_he_reports():
    found = figures("子绵村党总支书记李家杰介绍，公园建成后新增了210个停车位。")
    assert found["210个"].unit is not None


def test_organisations_the_district_built_are_its_object_not_a_line_of_bodies():
    found = figures("记者从区民政局获悉，全区132个村（社区）共建立志愿服务组织156个，实现全覆盖。")
    assert found["156个"].unit is None


def test_the_rows_of_a_data_box_the_district_introduces_are_the_districts():
    found = figures("记者从区委政法委获悉，网格建设稳步推进。\n目前，全区网格数据已汇入：\n楼宇　8.2万栋\n人口　60万人")
    assert found["8.2万栋"].unit is None and found["60万人"].unit is None


def test_gai_chu_refers_back_to_an_office_ending_in_chu():
    found = figures("记者近日从蓬江区环卫处获悉，该处在城区设置了6个临时收集点。")
    assert found["6个"].unit == "蓬江区环卫处"


def test_a_count_of_bodies_as_subject_is_their_sum_not_one_of_them():
    found = figures("东风社区、五福社区长者饭堂恢复开餐。据统计，两个站点首日共为长者供餐126份。")
    assert found["126份"].unit is None


def test_a_village_that_begins_a_route_is_where_the_road_runs_not_its_builder():
    found = figures("日前，荷塘镇禾冈村至康溪村一段村道完成改造，新铺设沥青路面约1.5公里。")
    assert found["约1.5公里"].unit == "荷塘镇"


def test_a_span_of_years_before_the_district_is_a_time_word():
    found = figures(
        "白沙街道曾是老旧小区最多的街道。2016年至2020年，蓬江在老旧小区改造方面共投入3亿元，改造小区120个。",
        title="白沙街道老旧小区换新颜",
    )
    assert found["120个"].unit is None


def test_a_headline_naming_bodies_side_by_side_leads_with_neither():
    body = "近日，省里公布示范街道名单，白沙街道、环市街道双双入选。至此，全市示范街道增至12个。"
    found = figures(body, title="白沙街道、环市街道获评省级示范街道")
    assert found["12个"].unit is None
    # one body in the headline still leads
    found = figures(body, title="白沙街道获评省级示范街道")
    assert found["12个"].unit == "白沙街道"


def test_the_districts_institutions_of_one_line_are_the_lead_departments():
    found = figures("目前，全区已登记的养老机构有20家，可提供床位约900张。", title="区民政局推进养老服务提质")
    assert found["20家"].unit == "江门市蓬江区民政局"
    assert found["约900张"].unit == "江门市蓬江区民政局"
    # the district's people or places stay the district's
    found = figures("目前，全区已有长者饭堂20家。", title="区民政局推进养老服务提质")
    assert found["20家"].unit is None


def test_a_programme_as_subject_belongs_to_the_body_said_to_run_it():
    found = figures("8月起，白沙街道联合区妇联开办亲子阅读营，由志愿者带领孩子共读绘本。据了解，今年的亲子阅读营共开设8期。")
    assert found["8期"].unit == "白沙街道"
    # a programme no clause says anyone runs has no runner
    found = figures("白沙街道和区妇联近日走访了多个社区。据了解，今年的亲子阅读营共开设8期。")
    assert found["8期"].unit is None


def test_a_short_name_is_the_full_name_on_the_page_it_ends():
    body = "江门市生态环境局蓬江分局获评先进集体。今年以来，蓬江分局已检查各类企业120家次。"
    found = figures(body, title="蓬江分局执法见成效")
    assert found["120家次"].unit == "江门市生态环境局蓬江分局"
    # with no other full name on the page, the short name is the gazetteer's body
    assert figures("今年以来，蓬江分局共破获刑事案件80宗。")["80宗"].unit == "江门市公安局蓬江分局"


def test_a_place_inside_a_campaigns_name_is_not_the_actor():
    found = figures("今年以来，蓬江区实施旧工业园改造升级行动，首批启动项目9个。")
    assert found["9个"].unit is None


def test_a_back_reference_is_to_the_body_a_partner_is_named_with():
    body = "近日，蓬江区市场监督管理局联合蓬江区教育局开展校园食品检查。共检查学校食堂90家。该局提醒，发现问题可拨打热线。"
    found = figures(body)
    assert found["90家"].unit == "蓬江区市场监督管理局"


def test_a_towns_own_office_counts_as_the_town_for_the_lead_unit():
    body = (
        "1月9日，记者从杜阮镇农业农村办获悉，2023年凉瓜全产业链产值达6000万元。"
        "杜阮镇还与高校合作培育新品种，杜阮镇农业农村办将继续推广。"
    )
    assert figures(body)["6000万元"].unit == "杜阮镇"


def test_a_body_of_its_own_under_a_towns_name_does_not_count_as_the_town():
    body = (
        "记者从蓬江区司法局获悉，今年以来全区调解组织共调解矛盾纠纷1300件。"
        "棠下镇劳动争议专项调解办公室化解欠薪纠纷，棠下镇还组织律师进企业。蓬江区司法局将继续推进。"
    )
    assert figures(body)["1300件"].unit == "江门市蓬江区司法局"
