"""Which stored article a re-imported one is: each rule of news.identity on small cases."""

from news.identity import IncomingArticle, StoredArticle, body_overlap, match_articles, shingles

FIRE = "近日，白沙街道在辖区工业园举行消防应急演练，50余名企业员工参加。演练模拟车间起火场景，员工按照预案有序疏散。"
FAIR = "3月5日，杜阮镇举办春季招聘会，30家企业提供岗位600余个，吸引求职者1200余人次。"
CLINIC = "3月10日，潮连街道联合社区卫生服务中心开展义诊活动，为居民免费测量血压、血糖，服务群众300多人次。"


def stored(key, position, title, body, *, protected=False, printed=None):
    return StoredArticle(key, position, title, body, printed if printed is not None else title + body, protected)


def test_shingles_ignore_punctuation_and_spaces():
    assert shingles("白沙 街道，") == shingles("白沙街道")
    assert body_overlap(shingles(FIRE), shingles(FIRE[:40])) == 1.0


def test_an_inserted_article_moves_the_others_without_changing_who_they_are():
    old = [stored(1, 0, "白沙街道举行消防演练", FIRE, protected=True), stored(2, 1, "杜阮镇举办春季招聘会", FAIR, protected=True)]
    new = [
        IncomingArticle(0, "潮连街道开展义诊进社区", CLINIC),
        IncomingArticle(1, "白沙街道举行消防演练", FIRE),
        IncomingArticle(2, "杜阮镇举办春季招聘会", FAIR),
    ]
    matching = match_articles(old, new)
    assert matching.pairs == {1: 1, 2: 2}
    assert matching.doubtful == [] and matching.by_position == set()


def test_a_retitled_article_is_recognised_by_its_body():
    old = [stored(1, 0, "白沙街道举行消防演练", FIRE, protected=True)]
    matching = match_articles(old, [IncomingArticle(0, "50余名员工参加消防应急演练", FIRE)])
    assert matching.pairs == {0: 1}


def test_a_lightly_edited_body_under_the_same_headline_is_the_same_article():
    old = [stored(1, 0, "白沙街道举行消防演练", FIRE, protected=True)]
    edited = FIRE.replace("50余名企业员工参加", "近60名企业员工参加")
    assert match_articles(old, [IncomingArticle(0, "白沙街道举行消防演练", edited)]).pairs == {0: 1}


def test_a_headline_an_editor_changed_is_found_in_the_printed_text():
    old = [stored(1, 0, "白沙街道开展消防演练活动", "编辑重写了全文。", protected=True, printed="白沙街道举行消防演练\n" + FIRE)]
    assert match_articles(old, [IncomingArticle(0, "白沙街道举行消防演练", FIRE)]).pairs == {0: 1}


def test_the_same_headline_over_another_story_is_doubtful_and_leaves_a_protected_article_alone():
    old = [stored(1, 0, "白沙街道举行消防演练", FIRE, protected=True)]
    matching = match_articles(old, [IncomingArticle(0, "白沙街道举行消防演练", FAIR)])
    assert matching.pairs == {}
    assert matching.doubtful == [(0, 1)]


def test_an_untouched_draft_may_take_a_doubtful_match():
    old = [stored(1, 0, "白沙街道举行消防演练", FIRE)]
    assert match_articles(old, [IncomingArticle(0, "白沙街道举行消防演练", FAIR)]).pairs == {0: 1}


def test_position_pairs_only_untouched_drafts_that_matched_nothing():
    old = [stored(1, 0, "白沙街道举行消防演练", FIRE), stored(2, 1, "杜阮镇举办春季招聘会", FAIR, protected=True)]
    new = [IncomingArticle(0, "潮连街道开展义诊进社区", CLINIC), IncomingArticle(1, "棠下镇开展安全检查", "棠下镇检查企业56家。")]
    matching = match_articles(old, new)
    assert matching.pairs == {0: 1}
    assert matching.by_position == {0}


def test_when_two_stored_articles_fit_equally_the_nearer_position_wins():
    old = [stored(1, 0, "简讯", FIRE), stored(2, 3, "简讯", FIRE)]
    assert match_articles(old, [IncomingArticle(3, "简讯", FIRE)]).pairs == {3: 2}
