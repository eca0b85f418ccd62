// SPDX-FileCopyrightText: 2026 The KnotMap developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "knotmap/atlas.h"
#include "knotmap/demo.h"
#include "knotmap/knots.h"
#include "knotmap/painareas.h"
#include "test_support.h"

#include <queue>
#include <set>

using namespace knotmap;
using namespace knotmap::test;
using namespace std::chrono_literals;

namespace {

std::string idAt(BodyView view, double x, double y) {
    const BodyRegion* r = shippedAtlas().regionAt(view, {x, y});
    return r != nullptr ? r->id : "";
}

// A minimal valid atlas to break in one place at a time.
std::string atlasJson(const std::string& region) {
    return R"({"format":1,"aspect":0.45,
      "outline":{"front":[[0.1,0.1],[0.9,0.1],[0.9,0.9],[0.1,0.9]],
                 "back":[[0.1,0.1],[0.9,0.1],[0.9,0.9],[0.1,0.9]]},
      "regions":[)" +
           region + "]}";
}
const char* kGoodRegion =
    R"({"id":"a-left","view":"back","side":"left","name":"A","where":"here","muscles":["a"],
        "centre":[0.3,0.3],"polygon":[[0.2,0.2],[0.4,0.2],[0.4,0.4],[0.2,0.4]]})";

std::string replaced(std::string text, const std::string& from, const std::string& to) {
    text.replace(text.find(from), from.size(), to);
    return text;
}

} // namespace

TEST(Atlas, ShippedAtlasHasSixtyRegionsInLeftRightPairs) {
    const auto& regions = shippedAtlas().regions();
    EXPECT_GE(regions.size(), 60u);
    for (const BodyRegion& r : regions) {
        ASSERT_NE(r.side, Side::Centre) << r.id;
        const bool left = r.side == Side::Left;
        const std::string suffix = left ? "-left" : "-right";
        ASSERT_TRUE(r.id.ends_with(suffix)) << r.id;
        const std::string twin =
            r.id.substr(0, r.id.size() - suffix.size()) + (left ? "-right" : "-left");
        const BodyRegion* other = shippedAtlas().find(twin);
        ASSERT_NE(other, nullptr) << twin;
        EXPECT_EQ(other->view, r.view);
        EXPECT_NE(r.where.find(left ? "left" : "right"), std::string::npos) << r.where;
    }
}

TEST(Atlas, CoversEveryMuscleOfTheReferralTable) {
    // The 46 rows of the sourced referral table (clinical/referral.tsv), by muscle id.
    const std::set<std::string> expected{"upper-trapezius",
                                         "middle-trapezius",
                                         "lower-trapezius",
                                         "levator-scapulae",
                                         "rhomboids",
                                         "infraspinatus",
                                         "supraspinatus",
                                         "teres-minor",
                                         "subscapularis",
                                         "latissimus-dorsi",
                                         "serratus-posterior-superior",
                                         "iliocostalis-thoracis",
                                         "longissimus-thoracis",
                                         "iliocostalis-lumborum",
                                         "multifidus",
                                         "quadratus-lumborum",
                                         "gluteus-maximus",
                                         "gluteus-medius",
                                         "gluteus-minimus-front",
                                         "gluteus-minimus-back",
                                         "piriformis",
                                         "sternocleidomastoid-sternal",
                                         "sternocleidomastoid-clavicular",
                                         "scalenes",
                                         "suboccipitals",
                                         "splenius-capitis",
                                         "splenius-cervicis",
                                         "pectoralis-major",
                                         "pectoralis-minor",
                                         "serratus-anterior",
                                         "deltoid-anterior",
                                         "deltoid-posterior",
                                         "iliopsoas",
                                         "rectus-abdominis-upper",
                                         "rectus-abdominis-lower",
                                         "hamstrings-medial",
                                         "hamstrings-biceps-femoris",
                                         "rectus-femoris",
                                         "vastus-lateralis",
                                         "gastrocnemius",
                                         "soleus",
                                         "tibialis-anterior",
                                         "forearm-extensors-radial",
                                         "forearm-extensors-ulnar",
                                         "temporalis",
                                         "masseter"};
    ASSERT_EQ(expected.size(), 46u);
    std::set<std::string> covered;
    for (const BodyRegion& r : shippedAtlas().regions())
        covered.insert(r.muscles.begin(), r.muscles.end());
    for (const std::string& m : expected)
        EXPECT_TRUE(covered.count(m)) << m;
}

TEST(Atlas, EveryRegionIsHitAtItsCentreAndOnTheBody) {
    for (const BodyRegion& r : shippedAtlas().regions()) {
        EXPECT_EQ(idAt(r.view, r.centre.x, r.centre.y), r.id);
        EXPECT_TRUE(shippedAtlas().onBody(r.view, r.centre)) << r.id;
        // Each corner, pulled slightly towards the centre, is on the body too.
        for (const Point& p : r.polygon) {
            const Point in{p.x + (r.centre.x - p.x) * 0.05, p.y + (r.centre.y - p.y) * 0.05};
            EXPECT_TRUE(shippedAtlas().onBody(r.view, in)) << r.id << " at " << p.x << "," << p.y;
        }
    }
}

TEST(Atlas, RegionsDoNotOverlap) {
    const auto& atlas = shippedAtlas();
    for (BodyView view : {BodyView::Front, BodyView::Back}) {
        for (int i = 0; i <= 200; ++i) {
            for (int j = 0; j <= 440; ++j) {
                const Point p{i / 200.0, j / 440.0};
                int hits = 0;
                for (const BodyRegion& r : atlas.regions())
                    hits += r.view == view && contains(r.polygon, p) ? 1 : 0;
                ASSERT_LE(hits, 1) << toString(view) << " " << p.x << "," << p.y;
            }
        }
    }
}

TEST(Atlas, PointsOffTheBodyHitNothing) {
    for (BodyView view : {BodyView::Front, BodyView::Back}) {
        for (const Point p : {Point{0.02, 0.02}, Point{0.98, 0.5}, Point{0.5, 0.995},
                              Point{0.7, 0.386} /* between arm and waist */}) {
            EXPECT_FALSE(shippedAtlas().onBody(view, p)) << p.x << "," << p.y;
            EXPECT_EQ(shippedAtlas().regionAt(view, p), nullptr) << p.x << "," << p.y;
        }
    }
}

TEST(Atlas, LeftAndRightAreThePersonsOwnInBothViews) {
    // Back view: the person's left is on the viewer's left.
    EXPECT_EQ(idAt(BodyView::Back, 0.372, 0.218), "upper-trapezius-left");
    EXPECT_EQ(idAt(BodyView::Back, 0.628, 0.218), "upper-trapezius-right");
    EXPECT_EQ(idAt(BodyView::Back, 0.47, 0.42), "lumbar-paraspinals-left");
    EXPECT_EQ(idAt(BodyView::Back, 0.42, 0.40), "quadratus-lumborum-left");
    // Front view: the person's left is on the viewer's right.
    EXPECT_EQ(idAt(BodyView::Front, 0.622, 0.272), "pectoralis-major-left");
    EXPECT_EQ(idAt(BodyView::Front, 0.378, 0.272), "pectoralis-major-right");
    EXPECT_EQ(idAt(BodyView::Front, 0.44, 0.59), "rectus-femoris-right");
    for (const BodyRegion& r : shippedAtlas().regions()) {
        const bool viewerLeft = r.centre.x < 0.5;
        const bool personLeft = r.side == Side::Left;
        EXPECT_EQ(viewerLeft, r.view == BodyView::Back ? personLeft : !personLeft) << r.id;
    }
}

TEST(Atlas, ArrowKeysReachEveryRegionOfAView) {
    const auto& atlas = shippedAtlas();
    for (BodyView view : {BodyView::Front, BodyView::Back}) {
        const BodyRegion* start = atlas.first(view);
        ASSERT_NE(start, nullptr);
        std::set<const BodyRegion*> seen{start};
        std::queue<const BodyRegion*> todo;
        todo.push(start);
        while (!todo.empty()) {
            const BodyRegion* r = todo.front();
            todo.pop();
            for (Direction d :
                 {Direction::Up, Direction::Down, Direction::Left, Direction::Right}) {
                const BodyRegion* n = atlas.neighbour(*r, d);
                if (n != nullptr && seen.insert(n).second)
                    todo.push(n);
            }
        }
        std::size_t inView = 0;
        for (const BodyRegion& r : atlas.regions())
            inView += r.view == view ? 1 : 0;
        EXPECT_EQ(seen.size(), inView) << toString(view);
    }
    const BodyRegion* trapLeft = atlas.find("upper-trapezius-left");
    const BodyRegion* right = atlas.neighbour(*trapLeft, Direction::Right);
    ASSERT_NE(right, nullptr);
    EXPECT_GT(right->centre.x, trapLeft->centre.x);
    const BodyRegion* down = atlas.neighbour(*trapLeft, Direction::Down);
    ASSERT_NE(down, nullptr);
    EXPECT_GT(down->centre.y, trapLeft->centre.y);
}

TEST(Atlas, PainCanBeMarkedAnywhereOnTheBody) {
    const auto& atlas = shippedAtlas();
    auto temple = atlas.placeOf(BodyView::Front, {0.565, 0.089});
    ASSERT_TRUE(temple.has_value());
    EXPECT_EQ(temple->regionId, "temporalis-left");
    EXPECT_DOUBLE_EQ(temple->x, 0.565);
    // The palm of the person's left hand on the front view (viewer's right): no muscle
    // region, but on the body, on the left.
    auto hand = atlas.placeOf(BodyView::Front, {0.845, 0.545});
    ASSERT_TRUE(hand.has_value());
    EXPECT_EQ(hand->regionId, "unmapped-front-left");
    EXPECT_EQ(hand->side, Side::Left);
    // A heel on the back view, the person's right (viewer's right).
    auto heel = atlas.placeOf(BodyView::Back, {0.585, 0.955});
    ASSERT_TRUE(heel.has_value());
    EXPECT_EQ(heel->regionId, "unmapped-back-right");
    EXPECT_FALSE(atlas.placeOf(BodyView::Back, {0.02, 0.5}).has_value());
    EXPECT_EQ(BodyAtlas::sideAt(BodyView::Front, {0.5, 0.3}), Side::Centre);
}

TEST(Atlas, PlainNamesSayMuscleAndPlace) {
    EXPECT_EQ(shippedAtlas().find("upper-trapezius-left")->plainName(),
              "Upper trapezius, top of the left shoulder");
}

TEST(Atlas, BrokenDataFailsWithItsPlace) {
    ASSERT_TRUE(BodyAtlas::parse(atlasJson(kGoodRegion)).ok());
    struct Case {
        std::string json;
        std::string says;
    };
    const std::string good = kGoodRegion;
    const Case cases[] = {
        {"{not json", "not valid JSON"},
        {atlasJson(replaced(good, R"("muscles":["a"])", R"("muscles":[])")),
         "region 0 (a-left) names no muscle"},
        {atlasJson(replaced(good, R"("centre":[0.3,0.3])", R"("centre":[0.6,0.6])")),
         "centre outside its polygon"},
        {atlasJson(good + "," + good), "repeats the id a-left"},
        {atlasJson(replaced(good, "[0.4,0.4]", "[1.4,0.4]")), "outside the diagram"},
        {atlasJson(replaced(good, R"("view":"back")", R"("view":"side")")), "has no view"},
        {atlasJson(replaced(good, R"("id":"a-left")", R"("id":"A Left")")), "has no valid id"},
        {replaced(atlasJson(good), R"("format":1)", R"("format":2)"), "not format 1"},
    };
    for (const Case& c : cases) {
        auto parsed = BodyAtlas::parse(c.json);
        ASSERT_FALSE(parsed.ok()) << c.says;
        EXPECT_NE(parsed.error().message.find(c.says), std::string::npos) << parsed.error().message;
    }
}

TEST(Atlas, DemoPlacesLieInTheirRegions) {
    TempDir dir;
    FixedClock clock(noon());
    auto store = Store::open(dir.file("demo.sqlite"));
    ASSERT_TRUE(store.ok());
    ASSERT_TRUE(demo::fillDemoHistory(**store, clock).ok());
    KnotRepository knots(**store, clock);
    PainAreaRepository areas(**store, clock);
    for (const Knot& k : *knots.listCreatedIn({noon() - 24h * 90, noon() + 1s})) {
        EXPECT_EQ(idAt(k.place.view, k.place.x, k.place.y), k.place.regionId);
        EXPECT_EQ(shippedAtlas().find(k.place.regionId)->side, k.place.side) << k.place.regionId;
    }
    for (const PainArea& a : *areas.listCurrent()) {
        EXPECT_EQ(idAt(a.place.view, a.place.x, a.place.y), a.place.regionId);
        EXPECT_EQ(shippedAtlas().find(a.place.regionId)->side, a.place.side) << a.place.regionId;
    }
}

TEST(Atlas, PlainNamesSayThePlaceOnce) {
    const BodyAtlas& a = shippedAtlas();
    EXPECT_EQ(a.find("upper-trapezius-left")->plainName(),
              "Upper trapezius, top of the left shoulder");
    EXPECT_EQ(a.find("rectus-femoris-right")->plainName(), "Front of the right thigh");
    EXPECT_EQ(a.find("gastrocnemius-left")->plainName(), "Upper left calf");
    EXPECT_EQ(a.find("neck-back-right")->plainName(), "Right side of the back of the neck");
    // No plain name holds the same words twice over ("Upper calf, upper left calf").
    for (const BodyRegion& r : a.regions()) {
        const std::string plain = r.plainName();
        const auto comma = plain.find(", ");
        if (comma == std::string::npos)
            continue;
        std::string head = plain.substr(0, comma);
        head[0] = static_cast<char>(std::tolower(static_cast<unsigned char>(head[0])));
        EXPECT_EQ(plain.find(head, comma), std::string::npos) << plain;
    }
}
