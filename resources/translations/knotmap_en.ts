<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>BodyMapPage</name>
    <message numerus="yes">
        <source>%n places eased: their marks are kept in your history.</source>
        <translation>
            <numerusform>%n place eased: its mark is kept in your history.</numerusform>
            <numerusform>%n places eased: their marks are kept in your history.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n places marked.</source>
        <translation>
            <numerusform>%n place marked.</numerusform>
            <numerusform>%n places marked.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DataCommand</name>
    <message numerus="yes">
        <source>Skipped %n rows that were in the database already.</source>
        <translation>
            <numerusform>Skipped 1 row that was in the database already.</numerusform>
            <numerusform>Skipped %n rows that were in the database already.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Insight</name>
    <message numerus="yes">
        <source>Yes on %1% of %n days recorded.</source>
        <translation>
            <numerusform>Yes on %1% of 1 day recorded.</numerusform>
            <numerusform>Yes on %1% of %n days recorded.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 a day on average, over %n days recorded.</source>
        <translation>
            <numerusform>%1 a day on average, over 1 day recorded.</numerusform>
            <numerusform>%1 a day on average, over %n days recorded.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Next day: no clear link with pain (%n days).</source>
        <translation>
            <numerusform>Next day: no clear link with pain (1 day).</numerusform>
            <numerusform>Next day: no clear link with pain (%n days).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Same day: no clear link with pain (%n days).</source>
        <translation>
            <numerusform>Same day: no clear link with pain (1 day).</numerusform>
            <numerusform>Same day: no clear link with pain (%n days).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Next day: %1 went together with %2 the following day, %3 (%n days).</source>
        <translation>
            <numerusform>Next day: %1 went together with %2 the following day, %3 (1 day).</numerusform>
            <numerusform>Next day: %1 went together with %2 the following day, %3 (%n days).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Same day: %1 went together with %2 that day, %3 (%n days).</source>
        <translation>
            <numerusform>Same day: %1 went together with %2 that day, %3 (1 day).</numerusform>
            <numerusform>Same day: %1 went together with %2 that day, %3 (%n days).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>No moderate or strong link (%n days).</source>
        <translation>
            <numerusform>No moderate or strong link (1 day).</numerusform>
            <numerusform>No moderate or strong link (%n days).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n min</source>
        <translation>
            <numerusform>%n min</numerusform>
            <numerusform>%n min</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Pain extent on the last day: %1% of the body&apos;s surface (%n places); at most %2% on %3.</source>
        <translation>
            <numerusform>Pain extent on the last day: %1% of the body&apos;s surface (%n place); at most %2% on %3.</numerusform>
            <numerusform>Pain extent on the last day: %1% of the body&apos;s surface (%n places); at most %2% on %3.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PainPanel</name>
    <message numerus="yes">
        <source>%n muscles are equally likely by the patterns KnotMap knows, so all are listed; those whose pattern also covers your other marked pain come first.</source>
        <translation>
            <numerusform>%n muscle is equally likely by the patterns KnotMap knows, so all are listed; those whose pattern also covers your other marked pain come first.</numerusform>
            <numerusform>%n muscles are equally likely by the patterns KnotMap knows, so all are listed; those whose pattern also covers your other marked pain come first.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Report</name>
    <message numerus="yes">
        <source>Range: %1 to %2 (%n days)</source>
        <translation>
            <numerusform>Range: %1 to %2 (1 day)</numerusform>
            <numerusform>Range: %1 to %2 (%n days)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Self-care: %n sessions, %1 in all, on %2 of %3 days: %4.</source>
        <translation>
            <numerusform>Self-care: 1 session, %1 in all, on %2 of %3 days: %4.</numerusform>
            <numerusform>Self-care: %n sessions, %1 in all, on %2 of %3 days: %4.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReportCommand</name>
    <message numerus="yes">
        <source>Wrote %n pages to %1</source>
        <translation>
            <numerusform>Wrote 1 page to %1</numerusform>
            <numerusform>Wrote %n pages to %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SelfCarePage</name>
    <message numerus="yes">
        <source>%n sessions logged, newest first, with tenderness before and after.</source>
        <translation>
            <numerusform>1 session logged, with tenderness before and after.</numerusform>
            <numerusform>%n sessions logged, newest first, with tenderness before and after.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>knotmap::ui::DataCare</name>
    <message numerus="yes">
        <source>%n check-ins from %1 to %2</source>
        <translation>
            <numerusform>1 check-in from %1 to %2</numerusform>
            <numerusform>%n check-ins from %1 to %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Nothing was imported: %n rows break a rule (below). Your data is as it was.</source>
        <translation>
            <numerusform>Nothing was imported: one row breaks a rule (below). Your data is as it was.</numerusform>
            <numerusform>Nothing was imported: %n rows break a rule (below). Your data is as it was.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Nothing new: all %n entries in %1 are in your data already.</source>
        <translation>
            <numerusform>Nothing new: the one entry in %1 is in your data already.</numerusform>
            <numerusform>Nothing new: all %n entries in %1 are in your data already.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %n rows from %1; %2 were in your data already and were skipped.</source>
        <translation>
            <numerusform>Imported 1 row from %1; %2 were in your data already and were skipped.</numerusform>
            <numerusform>Imported %n rows from %1; %2 were in your data already and were skipped.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %n rows from %1.</source>
        <translation>
            <numerusform>Imported 1 row from %1.</numerusform>
            <numerusform>Imported %n rows from %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>knotmap::ui::KnotStory</name>
    <message numerus="yes">
        <source>Noted on %1, resolved after %n days</source>
        <translation>
            <numerusform>Noted on %1, resolved after 1 day</numerusform>
            <numerusform>Noted on %1, resolved after %n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Noted on %1, %2 for %n days so far</source>
        <translation>
            <numerusform>Noted on %1, %2 for 1 day so far</numerusform>
            <numerusform>Noted on %1, %2 for %n days so far</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n self-care sessions, %1 in all</source>
        <translation>
            <numerusform>1 self-care session, %1</numerusform>
            <numerusform>%n self-care sessions, %1 in all</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>knotmap::ui::PainHistory</name>
    <message numerus="yes">
        <source>%1: %n sessions, %2 in all</source>
        <translation>
            <numerusform>%1: 1 session, %2</numerusform>
            <numerusform>%1: %n sessions, %2 in all</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n knots</source>
        <translation>
            <numerusform>1 knot</numerusform>
            <numerusform>%n knots</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>pain marked here %n times</source>
        <translation>
            <numerusform>pain marked here once</numerusform>
            <numerusform>pain marked here %n times</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>knotmap::ui::ReportBuilder</name>
    <message numerus="yes">
        <source>Saved %n pages to %1.</source>
        <translation>
            <numerusform>Saved 1 page to %1.</numerusform>
            <numerusform>Saved %n pages to %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Sent %n pages to %1.</source>
        <translation>
            <numerusform>Sent 1 page to %1.</numerusform>
            <numerusform>Sent %n pages to %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>knotmap::ui::SpotGuide</name>
    <message numerus="yes">
        <source>%n times</source>
        <translation>
            <numerusform>once</numerusform>
            <numerusform>%n times</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n repetitions</source>
        <translation>
            <numerusform>1 repetition</numerusform>
            <numerusform>%n repetitions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n rounds</source>
        <translation>
            <numerusform>1 round</numerusform>
            <numerusform>%n rounds</numerusform>
        </translation>
    </message>
</context>
</TS>
