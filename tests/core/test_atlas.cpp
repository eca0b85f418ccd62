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
const char* kGoodPlace =
    R"({"id":"p-left","view":"back","side":"left","part":"back","name":"left p",
        "centre":[0.3,0.3],"rings":["0.1 0.1 0.5 0.1 0.5 0.5 0.1 0.5"]})";
const char* kGoodRegion =
    R"({"id":"a-left","view":"back","side":"left","name":"A","where":"here","muscles":["a"],
        "centre":[0.3,0.3],"polygon":"0.2 0.2 0.4 0.2 0.4 0.4 0.2 0.4"})";

std::string atlasJson(const std::string& region, const std::string& place = kGoodPlace) {
    return R"({"format":3,"aspect":0.45,
      "outline":{"front":["0.1 0.1 0.9 0.1 0.9 0.9 0.1 0.9"],
                 "back":["0.1 0.1 0.9 0.1 0.9 0.9 0.1 0.9"]},
      "places":[)" +
           place + R"(,{"id":"b","view":"front","side":"centre","part":"chest","name":"b",
        "centre":[0.7,0.7],"rings":["0.1 0.1 0.9 0.1 0.9 0.9 0.1 0.9",
                                    "0.1 0.1 0.5 0.1 0.5 0.5 0.1 0.5"]}],
      "regions":[)" +
           region + "]}";
}
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
        const RegionStack stack = shippedAtlas().regionsAt(r.view, r.centre);
        EXPECT_NE(std::find(stack.begin(), stack.end(), &r), stack.end()) << r.id;
        EXPECT_TRUE(shippedAtlas().onBody(r.view, r.centre)) << r.id;
        // Each corner is on the body too, so the muscle lies inside the outline.
        for (const Point& p : r.rings.front())
            EXPECT_TRUE(shippedAtlas().onBody(r.view, p)) << r.id << " at " << p.x << "," << p.y;
    }
}

TEST(Atlas, MusclesOfOneDepthDoNotOverlapAndTheStackIsEveryMuscleThere) {
    // At every point of a fine grid, the muscles there have different depths, and the
    // stack the lookup grid gives is exactly them, surface first.
    const auto& atlas = shippedAtlas();
    int layered = 0;
    for (BodyView view : {BodyView::Front, BodyView::Back}) {
        for (int i = 0; i <= 200; ++i) {
            for (int j = 0; j <= 440; ++j) {
                const Point p{i / 200.0, j / 440.0};
                std::vector<const BodyRegion*> there;
                for (const BodyRegion& r : atlas.regions()) {
                    if (r.view == view && r.contains(p))
                        there.push_back(&r);
                }
                std::sort(there.begin(), there.end(), [](const BodyRegion* a, const BodyRegion* b) {
                    return a->depth < b->depth;
                });
                for (std::size_t k = 1; k < there.size(); ++k)
                    ASSERT_LT(there[k - 1]->depth, there[k]->depth)
                        << there[k - 1]->id << " and " << there[k]->id << " at " << p.x << ","
                        << p.y;
                const RegionStack stack = atlas.regionsAt(view, p);
                ASSERT_EQ(std::vector<const BodyRegion*>(stack.begin(), stack.end()), there)
                    << toString(view) << " " << p.x << "," << p.y;
                layered += there.size() > 1 ? 1 : 0;
            }
        }
    }
    EXPECT_GT(layered, 1000); // the layers are real: many points have muscles under muscles
}

TEST(Atlas, DeepMusclesLieUnderTheSurfaceOnes) {
    // The layers the issue names: piriformis under gluteus maximus, soleus under the
    // gastrocnemius, supraspinatus under the trapezius; each listed surface first.
    const auto& atlas = shippedAtlas();
    const auto under = [&](const char* deep, const char* surface) {
        const BodyRegion* d = atlas.find(deep);
        ASSERT_NE(d, nullptr) << deep;
        const RegionStack stack = atlas.regionsAt(d->view, d->centre);
        ASSERT_GE(stack.size(), 2u) << deep;
        EXPECT_EQ(stack[0]->id, surface) << deep;
        EXPECT_GT(d->depth, stack[0]->depth) << deep;
    };
    under("piriformis-left", "gluteus-maximus-left");
    under("soleus-right", "gastrocnemius-right");
    under("supraspinatus-left", "middle-trapezius-left"); // the trapezius, its middle part
    under("pectoralis-minor-right", "pectoralis-major-right");
}

TEST(Atlas, RefusesOverlapsWithinADepthAndMusclesOffTheBody) {
    std::string json = readBytes(KNOTMAP_SOURCE_DIR "/resources/body/atlas.json");
    // Two muscles of one depth over each other: the rhomboids brought up to the surface,
    // where the middle trapezius is.
    const std::string deep =
        R"("id":"rhomboids-left","view":"back","side":"left","name":"Rhomboids")";
    const auto at = json.find(deep);
    ASSERT_NE(at, std::string::npos);
    const auto depth = json.find("\"depth\":2", at);
    ASSERT_NE(depth, std::string::npos);
    std::string overlapping = json;
    overlapping.replace(depth, 9, "\"depth\":1");
    auto parsed = BodyAtlas::parse(overlapping);
    ASSERT_FALSE(parsed.ok());
    EXPECT_NE(parsed.error().message.find("a muscle of the same depth"), std::string::npos)
        << parsed.error().message;
    std::string tooDeep = json;
    tooDeep.replace(depth, 9, "\"depth\":9");
    parsed = BodyAtlas::parse(tooDeep);
    ASSERT_FALSE(parsed.ok());
    EXPECT_NE(parsed.error().message.find("depth"), std::string::npos) << parsed.error().message;
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
    EXPECT_EQ(idAt(BodyView::Back, 0.42, 0.40), "latissimus-left");
    EXPECT_EQ(shippedAtlas().regionsAt(BodyView::Back, {0.42, 0.40})[1]->id,
              "quadratus-lumborum-left");
    // Front view: the person's left is on the viewer's right.
    EXPECT_EQ(idAt(BodyView::Front, 0.622, 0.272), "pectoralis-major-left");
    EXPECT_EQ(idAt(BodyView::Front, 0.378, 0.272), "pectoralis-major-right");
    EXPECT_EQ(idAt(BodyView::Front, 0.41, 0.59), "rectus-femoris-right");
    for (const BodyRegion& r : shippedAtlas().regions()) {
        const bool viewerLeft = r.centre.x < 0.5;
        const bool personLeft = r.side == Side::Left;
        EXPECT_EQ(viewerLeft, r.view == BodyView::Back ? personLeft : !personLeft) << r.id;
    }
}

// Walks a view by arrow keys from its first shape; true when every shape of it is reached.
template <class Shape>
::testing::AssertionResult arrowKeysReachAll(const std::vector<Shape>& all, const Shape* start) {
    const auto& atlas = shippedAtlas();
    if (start == nullptr)
        return ::testing::AssertionFailure() << "no first shape";
    std::set<const Shape*> seen{start};
    std::queue<const Shape*> todo;
    todo.push(start);
    while (!todo.empty()) {
        const Shape* s = todo.front();
        todo.pop();
        for (Direction d : {Direction::Up, Direction::Down, Direction::Left, Direction::Right}) {
            const Shape* n = atlas.neighbour(*s, d);
            if (n != nullptr && seen.insert(n).second)
                todo.push(n);
        }
    }
    std::size_t inView = 0;
    for (const Shape& s : all)
        inView += s.view == start->view ? 1 : 0;
    if (seen.size() == inView)
        return ::testing::AssertionSuccess();
    return ::testing::AssertionFailure() << seen.size() << " of " << inView << " reached";
}

TEST(Atlas, ArrowKeysReachEveryRegionOfAView) {
    const auto& atlas = shippedAtlas();
    for (BodyView view : {BodyView::Front, BodyView::Back})
        EXPECT_TRUE(arrowKeysReachAll(atlas.regions(), atlas.first(view))) << toString(view);
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
    EXPECT_EQ(temple->regionId, "temple-left");
    EXPECT_DOUBLE_EQ(temple->x, 0.565);
    // The person's right thumb on the front view (viewer's left), with no muscle region.
    EXPECT_EQ(atlas.regionAt(BodyView::Front, {0.135, 0.5398}), nullptr);
    auto thumb = atlas.placeOf(BodyView::Front, {0.135, 0.5398});
    ASSERT_TRUE(thumb.has_value());
    EXPECT_EQ(thumb->regionId, "thumb-right");
    EXPECT_EQ(thumb->side, Side::Right);
    // A heel on the back view, the person's right (viewer's right).
    auto heel = atlas.placeOf(BodyView::Back, {0.585, 0.955});
    ASSERT_TRUE(heel.has_value());
    EXPECT_EQ(heel->regionId, "heel-right");
    // On the spine: a place of its own, in the middle.
    auto spine = atlas.placeOf(BodyView::Back, {0.5, 0.25});
    ASSERT_TRUE(spine.has_value());
    EXPECT_EQ(spine->regionId, "upper-spine");
    EXPECT_EQ(spine->side, Side::Centre);
    EXPECT_FALSE(atlas.placeOf(BodyView::Back, {0.02, 0.5}).has_value());
    EXPECT_EQ(BodyAtlas::sideAt(BodyView::Front, {0.5, 0.3}), Side::Centre);
}

TEST(Atlas, PlacesSayWhereInPlainWords) {
    const auto& atlas = shippedAtlas();
    const auto nameAt = [&](BodyView view, double x, double y) {
        const BodyPlace* p = atlas.placeAt(view, {x, y});
        return p != nullptr ? p->name : std::string("(none)");
    };
    EXPECT_EQ(nameAt(BodyView::Front, 0.4075, 0.7227), "right kneecap");
    EXPECT_EQ(nameAt(BodyView::Back, 0.4125, 0.96), "back of the left heel");
    EXPECT_EQ(nameAt(BodyView::Front, 0.135, 0.5398), "right thumb");
    EXPECT_EQ(nameAt(BodyView::Front, 0.572, 0.115), "left jaw joint, in front of the ear");
    EXPECT_EQ(nameAt(BodyView::Back, 0.5, 0.25), "between the shoulder blades, on the spine");
    EXPECT_EQ(nameAt(BodyView::Back, 0.77, 0.9), "sole of the right foot, at the arch");
    EXPECT_EQ(nameAt(BodyView::Front, 0.6225, 0.97), "left smaller toes");
    EXPECT_EQ(atlas.place("kneecap-right")->plainName(), "Right kneecap");
    EXPECT_EQ(atlas.nameOf("kneecap-right"), "Right kneecap");
    EXPECT_EQ(atlas.nameOf("upper-trapezius-left"), "Upper trapezius, top of the left shoulder");
    EXPECT_EQ(atlas.nameOf("no-such-place"), "");
}

TEST(Atlas, PlacesComeInPairsAndNameTheirSide) {
    const auto& places = shippedAtlas().places();
    EXPECT_GE(places.size(), 150u);
    for (const BodyPlace& p : places) {
        ASSERT_FALSE(p.name.empty()) << p.id;
        if (p.side == Side::Centre) {
            // A place in the middle straddles the centre line and names no side.
            EXPECT_LT(p.boundsMin.x, 0.5) << p.id;
            EXPECT_GT(p.boundsMax.x, 0.5) << p.id;
            EXPECT_EQ(p.name.find("left"), std::string::npos) << p.id;
            EXPECT_EQ(p.name.find("right"), std::string::npos) << p.id;
            continue;
        }
        const bool left = p.side == Side::Left;
        const std::string suffix = left ? "-left" : "-right";
        ASSERT_TRUE(p.id.ends_with(suffix)) << p.id;
        const BodyPlace* twin = shippedAtlas().place(p.id.substr(0, p.id.size() - suffix.size()) +
                                                     (left ? "-right" : "-left"));
        ASSERT_NE(twin, nullptr) << p.id;
        EXPECT_EQ(twin->view, p.view);
        EXPECT_NE(p.name.find(left ? "left" : "right"), std::string::npos) << p.name;
        // The person's own side: on the front view their left is the viewer's right.
        EXPECT_EQ(p.centre.x < 0.5, p.view == BodyView::Back ? left : !left) << p.id;
    }
}

// Every point of the body lies in exactly one place; every point off it in none. The
// grid is finer than a pixel of the figure at 900 px tall (400 x 880 units, sampled at
// 800 x 1760), and placeAt (the lookup grid) gives the same answer as testing every place.
TEST(Atlas, PlacesTileEachViewWithNoGapAndNoOverlap) {
    const auto& atlas = shippedAtlas();
    constexpr int kCols = 800;
    constexpr int kRows = 1760;
    for (BodyView view : {BodyView::Front, BodyView::Back}) {
        std::vector<const BodyPlace*> inView;
        for (const BodyPlace& p : atlas.places())
            if (p.view == view)
                inView.push_back(&p);
        long onBody = 0;
        long gaps = 0;
        long overlaps = 0;
        long outside = 0;
        long disagree = 0;
        for (int row = 0; row < kRows; ++row) {
            for (int col = 0; col < kCols; ++col) {
                const Point p{(col + 0.5) / kCols, (row + 0.5) / kRows};
                const BodyPlace* found = nullptr;
                int hits = 0;
                for (const BodyPlace* place : inView) {
                    if (place->contains(p)) {
                        ++hits;
                        found = place;
                    }
                }
                const bool body = contains(atlas.outline(view), p);
                const bool wrong = (body && hits == 0) || hits > 1 || (!body && hits > 0);
                if (wrong && gaps + overlaps + outside < 10) // the first few, in figure units
                    ADD_FAILURE() << toString(view) << " at " << p.x * 400 << "," << p.y * 880
                                  << ": " << hits << " places" << (body ? ", on the body" : "");
                onBody += body ? 1 : 0;
                gaps += body && hits == 0 ? 1 : 0;
                overlaps += hits > 1 ? 1 : 0;
                outside += !body && hits > 0 ? 1 : 0;
                disagree += atlas.placeAt(view, p) != (hits == 1 ? found : nullptr) ? 1 : 0;
            }
        }
        EXPECT_GT(onBody, kCols * kRows / 5) << toString(view);
        EXPECT_EQ(gaps, 0) << toString(view);
        EXPECT_EQ(overlaps, 0) << toString(view);
        EXPECT_EQ(outside, 0) << toString(view);
        EXPECT_EQ(disagree, 0) << toString(view);
    }
}

TEST(Atlas, ArrowKeysReachEveryPlaceOfAView) {
    const auto& atlas = shippedAtlas();
    for (BodyView view : {BodyView::Front, BodyView::Back})
        EXPECT_TRUE(arrowKeysReachAll(atlas.places(), atlas.firstPlace(view))) << toString(view);
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
         "centre outside its shape"},
        {atlasJson(good, replaced(kGoodPlace, R"("part":"back")", R"("part":"wing")")),
         "place 0 (p-left) has no part of the body"},
        {atlasJson(good, replaced(kGoodPlace, R"("name":"left p")", R"("name":"")")),
         "needs a name"},
        {atlasJson(good, replaced(kGoodPlace, R"("id":"p-left")", R"("id":"b")")),
         "repeats the id b"},
        {atlasJson(good + "," + good), "repeats the id a-left"},
        {atlasJson(replaced(good, "0.4 0.4", "1.4 0.4")),
         "polygon point 2 lies outside the diagram"},
        {atlasJson(replaced(good, "0.4 0.4", "nan 0.4")),
         "polygon point 2 lies outside the diagram"},
        {atlasJson(replaced(good, "0.4 0.4", "-0.4 0.4")),
         "polygon point 2 lies outside the diagram"},
        {atlasJson(replaced(good, "0.4 0.4", "0.4,0.4")), "polygon point 2 is not a point x y"},
        {atlasJson(replaced(good, "0.4 0.4", "0.4 0.4x")), "polygon point 2 is not a point x y"},
        {atlasJson(replaced(good, " 0.2 0.4\"", " 0.2\"")), "polygon point 3 is not a point x y"},
        {atlasJson(replaced(good, "0.2 0.2 0.4 0.2 ", "")), "needs at least three points"},
        {atlasJson(replaced(good, R"("0.2 0.2 0.4 0.2 0.4 0.4 0.2 0.4")",
                            "[[0.2,0.2],[0.4,0.2],[0.4,0.4],[0.2,0.4]]")),
         "is not a ring of points written"},
        {atlasJson(replaced(good, R"("view":"back")", R"("view":"side")")), "has no view"},
        {atlasJson(replaced(good, R"("id":"a-left")", R"("id":"A Left")")), "has no valid id"},
        {replaced(atlasJson(good), R"("format":3)", R"("format":2)"), "not format 3"},
    };
    for (const Case& c : cases) {
        auto parsed = BodyAtlas::parse(c.json);
        ASSERT_FALSE(parsed.ok()) << c.says;
        EXPECT_NE(parsed.error().message.find(c.says), std::string::npos) << parsed.error().message;
    }
}

TEST(Atlas, DemoKnotsAndPainLieInTheirRegionsAndPlaces) {
    TempDir dir;
    FixedClock clock(noon());
    auto store = Store::open(dir.file("demo.sqlite"));
    ASSERT_TRUE(store.ok());
    ASSERT_TRUE(demo::fillDemoHistory(**store, clock).ok());
    KnotRepository knots(**store, clock);
    PainAreaRepository areas(**store, clock);
    for (const Knot& k : *knots.listCreatedIn({noon() - 24h * 90, noon() + 1s})) {
        const RegionStack stack = shippedAtlas().regionsAt(k.place.view, {k.place.x, k.place.y});
        EXPECT_NE(std::find_if(stack.begin(), stack.end(),
                               [&](const BodyRegion* r) { return r->id == k.place.regionId; }),
                  stack.end())
            << k.place.regionId;
        EXPECT_EQ(shippedAtlas().find(k.place.regionId)->side, k.place.side) << k.place.regionId;
    }
    for (const PainArea& a : *areas.listCurrent()) {
        const BodyPlace* place = shippedAtlas().placeAt(a.place.view, {a.place.x, a.place.y});
        ASSERT_NE(place, nullptr);
        EXPECT_EQ(place->id, a.place.regionId);
        EXPECT_EQ(place->side, a.place.side) << a.place.regionId;
    }
}

TEST(Atlas, PlainNamesSayThePlaceOnce) {
    const BodyAtlas& a = shippedAtlas();
    EXPECT_EQ(a.find("upper-trapezius-left")->plainName(),
              "Upper trapezius, top of the left shoulder");
    EXPECT_EQ(a.find("rectus-femoris-right")->plainName(), "Front of the right thigh");
    EXPECT_EQ(a.find("gastrocnemius-left")->plainName(),
              "Gastrocnemius, upper left calf, both heads");
    EXPECT_EQ(a.find("piriformis-right")->plainName(),
              "Piriformis, deep in the middle of the right buttock");
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
