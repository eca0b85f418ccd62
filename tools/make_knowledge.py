#!/usr/bin/env python3
# SPDX-FileCopyrightText: 2026 The KnotMap developers
# SPDX-License-Identifier: GPL-3.0-or-later
"""Writes resources/knowledge/knowledge.json: what KnotMap knows about each spot.

All wording here is KnotMap's own. Every fact names its sources by id; the sources are
listed at the top (the seed articles the product was made from, and the references of
the sourced clinical notes). Where pain is felt is given as places of the body atlas
(resources/body/atlas.json, made by tools/make_body_figure.py), named by stem: "kneecap"
stands for kneecap-left and kneecap-right.

Run from the repository root, after tools/make_body_figure.py:
    python3 tools/make_knowledge.py
"""
import json
from pathlib import Path

SOURCES = {
    "seed-000": "How to Get Rid of a Back Knot: Causes & Relief (an article on back knots)",
    "seed-001": "What causes muscle knots in your back? (an article on back knots)",
    "seed-002": "How to Get Rid of Muscle Knots in the Back (Doctronic)",
    "seed-003": "How to Fix a Muscle Knot in Your Back, by T. Sipos, physiotherapist",
    "seed-004": "How to Get a Knot Out of Your Back (an article on back knots)",
    "medlink-ts": "Travell & Simons referral figures as reproduced by MedLink Neurology (medlink.com/media/mpssi*)",
    "namtpt": "National Association of Myofascial Trigger Point Therapists, Symptom Checker (check.myofascialtherapy.org), citing Travell & Simons Vol. 1 2nd ed. (1999) and Vol. 2 (1992)",
    "fpnotebook": "FPnotebook, trigger point locations (fpnotebook.com/Rheum/Exam/TrgrPntLctn.htm)",
    "ts-vol1": "Simons, Travell & Simons, Myofascial Pain and Dysfunction: The Trigger Point Manual, Vol. 1, 2nd ed. (1999)",
    "ts-vol2": "Travell & Simons, Myofascial Pain and Dysfunction: The Trigger Point Manual, Vol. 2 (1992)",
    "fdlp-2006": "Fernandez-de-las-Penas et al., Man Ther 2006;11(3):225-30 (suboccipital referral)",
    "massage-today": "Massage Today / AMTA articles by D. Kent quoting Simons & Travell",
    "practitioner": "Practitioner sources: Niel Asher Education, triggerpointtherapist.com (L. Perry), painwhisperer.com, Aberdeen Chiropractic blog, clinic pages",
    "ifompt-2020": "Finucane LM et al., International framework for red flags for potential serious spinal pathologies, JOSPT 2020;50(7):350-372",
    "ifompt-cervical-2023": "Rushton et al., IFOMPT cervical framework, JOSPT 2023;53(1):7-22",
    "nhs-back": "NHS back pain guidance (as quoted by NHS Sheffield MSK and other NHS trust pages)",
    "bmj-ces": "BMJ Best Practice: cauda equina syndrome; British Association of Spine Surgeons",
    "gcare": "NHS Gloucestershire G-care low back pain pathway",
    "gponline-neck": "GPonline: neck pain red-flag symptoms",
    "nice-cg75": "NICE CG75 / NG234 metastatic spinal cord compression (via CSP summary)",
    "downie-2013": "Downie A et al., BMJ 2013;347:f7095 (red flags for fracture and malignancy)",
    "cks-neck": "NHS CKS neck pain (via KCE report 119) and primarycarenotebook neck red flags",
    "mpft-neck": "Midlands Partnership NHS FT, neck pain self-help page",
    "nice-ng65": "NICE NG65 spondyloarthritis referral",
    "makeitvisible": "makeitvisible.info, back pain: when to see a GP",
    "farrar-2001": "Farrar JT et al., Pain 2001;94:149-158 (minimal important change on the 0-10 scale)",
    "sf-mpq-2": "Dworkin RH et al., Development and initial validation of an expanded and revised version of the Short-form McGill Pain Questionnaire (SF-MPQ-2), Pain 2009;144(1-2):35-42",
    "lovejoy-2012": "Lovejoy TI, Turk DC, Morasco BJ, Evaluation of the psychometric properties of the revised Short-Form McGill Pain Questionnaire (SF-MPQ-2), J Pain 2012;13(12):1250-1257 (PMC3513374)",
    "eu-112": "European Commission, 112: the single European emergency number, free in every EU member state (digital-strategy.ec.europa.eu/en/policies/112)",
    "nhs-111": "NHS, When to use 111 and when to call 999 (nhs.uk/nhs-services/urgent-and-emergency-care-services)",
    "ie-999": "Government of Ireland, emergency services: call 112 or 999 (gov.ie)",
    "de-116117": "Kassenaerztliche Bundesvereinigung, 116117: the medical on-call service for urgent but not life-threatening illness (116117.de)",
    "us-911": "911.gov, the US National 911 Program",
    "ca-911": "Canadian Radio-television and Telecommunications Commission, 9-1-1 services (crtc.gc.ca)",
    "au-000": "Australian Government, Triple Zero (000) (triplezero.gov.au); healthdirect 1800 022 222 (healthdirect.gov.au)",
    "nz-111": "New Zealand Police, call 111 in an emergency (police.govt.nz); Healthline 0800 611 116 (info.health.nz)",
    "werner-2020": "Werner R, Take the danger out of endangerment sites, Massage & Bodywork (ABMP), May/June 2020: the front of the neck (carotid artery, jugular vein) and the femoral triangle in the groin (femoral artery, vein and nerve) take broad, flat, light pressure only",
    "nhs-dvt": "NHS, Deep vein thrombosis: throbbing pain in one leg with swelling, warm skin and red or darkened skin; get urgent advice (nhs.uk/conditions/deep-vein-thrombosis-dvt)",
    "nielasher": "Niel Asher Education trigger point pages (nielasher.com/blogs/video-blog) and its Trigger Point of the Week series (triggerpoints3d.com): lateral pterygoid, thumb and hand muscles, external oblique, serratus posterior inferior, sartorius, pectineus, fibularis, popliteus, foot muscles, subclavius, wrist and finger flexors",
    "aberdeen-chiro": "Aberdeen Chiropractic blog trigger point series, 2018-2019 (aberdeenchiropracticblog.com): lateral pterygoid, triceps, deltoid, tensor fasciae latae, adductor longus, adductor magnus",
    "tps-help": "triggerpointselfhelp.com muscle pages citing Simons, Travell & Simons 1999: teres major (ch. 25), brachialis, biceps, extensor digitorum, digastric",
    "westsub": "West Suburban Pain Relief muscle pages (westsubpainrelief.com): brachioradialis, coracobrachialis",
    "wellness-digest": "The Wellness Digest muscle pain pages (thewellnessdigest.com): pronator teres, serratus posterior inferior, extensor digitorum longus, extensor hallucis longus, flexor digitorum longus, flexor hallucis longus",
    "webmanmed": "American Academy of Manual Medicine muscle guide quoting Travell & Simons' referral (webmanmed.com): flexor carpi ulnaris, subclavius, flexor hallucis longus, sartorius",
    "abbott-groin": "Abbott Center, Boston pain therapy blog, Groin pain part 4, trigger point review after Travell & Simons (abbottcenter.com, 2009): gracilis, vastus intermedius",
    "dochas-2018": "Dochas Clinical Massage Therapy, Trigger Point: Occipitofrontalis (dochasmassage.blogspot.com, 2018)",
    "otani-2014": "N. Otani LMT, Relieve temple headache and sinus headache with trigger point therapy (naokootanilmt.blogspot.com, 2014): semispinalis capitis, lateral pterygoid",
    "musclehealers": "Muscle Healers, Semispinalis capitis (musclehealers.com, 2019)",
    "morningside": "Morningside Acupuncture NYC trigger point pages (morningsideacupuncturenyc.com): quadratus plantae",
    "muscle-joint-pain": "muscle-joint-pain.com trigger point self-treatment pages: sartorius",
    "practo-stretch": "Practo healthfeed, chiropractic thigh exercises: hamstring stretch with a towel and kneeling front hip stretch, each held 30 seconds, 4 times a side",
    "nhs-flex": "NHS Strength and flexibility podcast videos: thigh stretch (held for five slow breaths) and calf stretch (nhs.uk/Video)",
    "csp-stretch": "WebMD UK (Boots) slideshow Stretches for flexibility, with sports physiotherapist L. Kerry of the Chartered Society of Physiotherapy: lying hamstring stretch; calf stretch with the knee straight for the upper calf and bent for the lower calf",
    "openstax-ap": "Betts JG et al., Anatomy and Physiology 2e, OpenStax 2022, ch. 11 (origins and insertions of the axial and appendicular muscles)",
    "nhs-pe": "NHS, Pulmonary embolism: call 999 or go to A&E with severe difficulty breathing, chest or upper back pain, a fast heartbeat or passing out (nhs.uk/conditions/pulmonary-embolism, via the NHS factsheet of June 2023)",
    "nhs-compartment": "NHS, Compartment syndrome: pain, swelling, numbness or tightness of a muscle, suddenly after an injury or a tight bandage or cast; call 999 for sudden, severe pain (nhs.uk/conditions/compartment-syndrome)",
    "nhs-aaa": "NHS, Abdominal aortic aneurysm: a burst AAA causes sudden, severe pain in the tummy or lower back with dizziness, clammy skin, a fast heartbeat or fainting; call 999 (nhs.uk/conditions/abdominal-aortic-aneurysm)",
    "lincs-achilles": "Lincolnshire Community Health Services NHS Trust physiotherapy, Achilles tendon pain: if you may have torn the tendon, get it assessed as soon as possible; if in doubt, go to an urgent care centre or emergency department (lincsphysio.nhs.uk)",
    "bupa-achilles": "Bupa, Achilles tendon rupture (reviewed by a trauma and orthopaedic consultant, 2023): a rupture makes it hard to walk or stand on tiptoe",
    "fda-2012": "US FDA Drug Safety Communication, 13 Sep 2012: rare serious burns with over-the-counter topical muscle and joint pain relievers (menthol, methyl salicylate, capsaicin); do not use heating pads, hot water bottles or lamps with them, nor bandage over them, nor on damaged skin",
    "devet-2002": "de Vet HCW et al., Episodes of low back pain: a proposal for uniform definitions to be used in research, Spine 2002;27(21):2409-2416: an episode is preceded and followed by at least 1 month without pain; an episode of care by at least 3 months without a consultation",
    "northside-contrast": "Northside Therapies physiotherapy, Contrast bathing (northsidetherapies.com.au): a cold pack 2 minutes, then a heat pack 1 minute, swapping for 10-15 minutes and finishing with cold",
    "mpft-cold": "Midlands Partnership NHS FT MSK self-help, Safe use of cold treatment (mpft.nhs.uk): talk to a health professional first with poor circulation, peripheral vascular disease, a heart condition or loss of feeling to hot and cold; 10-15 minutes, never over 20",
    "longeaton-ice": "Long Eaton Osteopaths, Ice after recovery (longeatonosteopaths.co.uk): people with Raynaud's or rheumatoid disease should not use ice",
    "lhsc-hip": "London Health Sciences Centre, Hip precautions after joint replacement (lhsc.on.ca): for at least six weeks do not bend the hip past 90 degrees, cross the legs or turn the leg in or out, until the surgeon says so",
    "bartsch-2021": "Bartsch KM et al., Expert consensus on the contraindications and cautions of foam rolling: an international Delphi study, J Clin Med 2021;10(22):5360: open wounds and bone fractures are contraindications; local inflammation and deep vein thrombosis call for caution",
    "hoc-2021": "Hemophilia Outreach Center, Foam rolling (hemophiliaoutreach.org, 2021): care with a bleeding disorder; not with osteoporosis or where feeling is lost or altered",
    "werner-varicose": "Werner R, A Massage Therapist's Guide to Pathology, varicose veins (as reproduced at somatics.de): mild varicose veins rule out deep, specific work on them; extreme ones rule out massage there and below",
    "doncaster-pregnancy": "City of Doncaster Council public health, Keeping active during pregnancy (doncaster.gov.uk), as NHS advice: lying flat on your back after 16 weeks is not advisable",
    "nhs-kidney": "NHS, Kidney infection (nhs.uk/conditions/kidney-infection): ask for an urgent GP appointment or NHS 111 with pain in the back just under the ribs and a very high temperature, shivers, sickness or blood in the pee",
    "hse-dissection": "HSE Ireland, Symptoms of aortic dissection (content supplied by the NHS): sudden severe chest or upper back pain, tearing or ripping, perhaps spreading to the neck or down the back; call 112 or 999",
    "nhs-pad": "NHS, Peripheral arterial disease (nhs.uk/conditions/peripheral-arterial-disease-pad): see a GP with aching leg muscles on walking that go after a few minutes' rest; see a doctor urgently with symptoms suddenly worse, constant pain at rest, a leg that cannot move or sudden loss of feeling",
    "patient-glaucoma": "Patient.info, Acute angle-closure glaucoma (peer reviewed by Dr C. Tidy): sudden severe eye pain, a red eye and blurred vision, sometimes sickness, is an emergency",
    "nidirect-ectopic": "NHS nidirect, Ectopic pregnancy (nidirect.gov.uk): get advice right away if you might be pregnant and have tummy pain low on one side, shoulder-tip pain or unusual bleeding; call 999 with sudden intense tummy pain, dizziness or fainting",
    "nhs-hernia": "NHS Scotland Right Decisions, Hernia (rightdecisions.scot.nhs.uk): go to A&E with a hernia and sudden severe pain, being sick, trouble pooing or passing wind, or a hernia that is firm, tender or cannot be pushed back in",
    "nhs-septic-arthritis": "NHS, Septic arthritis (nhs.uk/conditions/septic-arthritis): ask for an urgent GP appointment or NHS 111 with severe pain in one joint that started suddenly, swelling, changed skin colour or a high temperature",
    "nidirect-shoulder": "NHS nidirect, Dislocated shoulder (nidirect.gov.uk): go to your nearest emergency department immediately; the arm cannot be moved for pain, the shoulder looks square rather than round, a lump may show at the front",
    "nhs-hip-fracture": "NHS, Hip fracture (the NHS Choices page, as reproduced by Health Shared): after a fall, not being able to lift, move or turn the leg, stand or put weight on it, or a leg shorter or turned outwards; call 999",
    "body-chart": "Physiotherapy body chart contents after Magee 2006 (quality of each symptom; numbness and pins and needles marked), via Ryder 2013; pain-drawing quality symbols (burning, aching, numbness, stabbing, pins and needles) as in the Ransford method, Ups J Med Sci 2017",
}

# ---- Whom to call, by country (ISO 3166 alpha-2): the emergency number, and a line for
# urgent medical advice where the country has one and a source names it. Other countries
# get "your local emergency number".
EU_112 = ["AT", "BE", "BG", "HR", "CY", "CZ", "DK", "EE", "FI", "FR", "GR", "HU", "IT", "LV", "LT",
          "LU", "MT", "NL", "PL", "PT", "RO", "SK", "SI", "ES", "SE"]
HELP_LINES = [(c, "112", "", "", ["eu-112"]) for c in EU_112] + [
    ("DE", "112", "116117", "116117", ["eu-112", "de-116117"]),
    ("IE", "112", "", "", ["ie-999", "eu-112"]),
    ("GB", "999", "111", "NHS 111", ["nhs-111"]),
    ("US", "911", "", "", ["us-911"]),
    ("CA", "911", "", "", ["ca-911"]),
    ("AU", "000", "1800 022 222", "healthdirect", ["au-000"]),
    ("NZ", "111", "0800 611 116", "Healthline", ["nz-111"]),
]

# ---- Kinds of pain a pain mark may be given: six of the SF-MPQ-2's 22 words, two from
# each of its sensory subscales (continuous: aching, throbbing; intermittent: stabbing;
# neuropathic: hot-burning, tingling or pins and needles, numbness), the words body charts
# and pain drawings ask for. The affective words and the finer ones (gnawing, splitting,
# cold-freezing, itching...) are left out to keep the choice quick.
PAIN_KINDS = ["aching", "burning", "tingling", "numb", "throbbing", "stabbing"]
PAIN_KIND_SOURCES = ["sf-mpq-2", "lovejoy-2012", "body-chart"]

# ---- Referral zones: where pain is felt --------------------------------------------
# (id, plain name, region stems (both sides), circles [(view, dx, y, r)] in figure px)
ZONES = [
    # (id, plain words, the places of tools/make_body_figure.py it covers, by stem)
    ("temple", "the temple", ["temple"]),
    ("forehead", "the forehead", ["forehead"]),
    ("eye", "around and behind the eye", ["eye"]),
    ("cheek-jaw", "the cheek, jaw and back teeth", ["cheek", "jaw", "jaw-joint"]),
    ("ear", "in and behind the ear", ["ear", "ear-back", "behind-ear"]),
    ("top-of-head", "the top of the head", ["top-of-head", "top-of-head-back"]),
    ("back-of-head", "the back of the head", ["back-of-head", "base-of-skull"]),
    ("throat", "the throat", ["throat"]),
    ("neck-back", "the back and side of the neck", ["back-of-neck", "neck-spine"]),
    ("neck-front", "the front and side of the neck", ["front-of-neck", "above-collarbone"]),
    ("top-of-shoulder", "the top of the shoulder", ["top-of-shoulder", "above-shoulder-blade"]),
    ("shoulder-front", "the front of the shoulder", ["front-of-shoulder"]),
    ("shoulder-back", "the back of the shoulder", ["back-of-shoulder"]),
    ("shoulder-blade", "over the shoulder blade", ["shoulder-blade", "above-shoulder-blade"]),
    ("shoulder-blade-inner", "along the inner edge of the shoulder blade", ["beside-shoulder-blade", "upper-spine"]),
    ("shoulder-blade-tip", "around the lower tip of the shoulder blade", ["below-shoulder-blade"]),
    ("upper-arm-outer", "the front and outer upper arm", ["front-of-upper-arm"]),
    ("upper-arm-back", "the back of the upper arm", ["back-of-upper-arm"]),
    ("upper-arm-inner", "the inner arm", ["inner-upper-arm"]),
    ("elbow-outer", "the outside of the elbow", ["outer-elbow", "outer-elbow-back"]),
    ("elbow-inner", "the inside of the elbow", ["inner-elbow"]),
    ("forearm-back", "the back of the forearm", ["back-of-forearm-thumb-side", "back-of-forearm-little-finger-side"]),
    ("forearm-thumb-side", "the thumb side of the forearm", ["forearm-thumb-side"]),
    ("forearm-little-finger-side", "the little-finger side of the forearm",
     ["forearm-little-finger-side", "back-of-forearm-little-finger-side"]),
    ("wrist", "around the wrist", ["front-of-wrist", "back-of-wrist"]),
    ("hand", "the hand and palm", ["palm", "back-of-hand", "ball-of-thumb"]),
    ("thumb-index", "the thumb and index finger", ["thumb", "thumb-back", "index-finger", "index-finger-back"]),
    ("little-fingers", "the ring and little fingers",
     ["ring-finger", "ring-finger-back", "little-finger", "little-finger-back"]),
    ("chest", "the chest", ["chest", "upper-chest"]),
    ("chest-side", "the side of the chest", ["side-of-chest"]),
    ("breastbone", "over the breastbone", ["breastbone"]),
    ("abdomen", "the abdomen", ["upper-abdomen", "lower-abdomen", "navel"]),
    ("groin", "the groin and front of the hip", ["groin", "front-of-hip"]),
    ("mid-back", "the mid-back, beside the spine", ["mid-back", "side-of-back", "mid-spine"]),
    ("low-back", "the low back", ["low-back", "side-of-low-back", "lower-spine"]),
    ("sacroiliac", "the base of the spine and sacroiliac joint", ["sacroiliac", "sacrum"]),
    ("tailbone", "the tailbone", ["tailbone"]),
    ("top-of-pelvis", "along the top of the pelvis", ["top-of-pelvis"]),
    ("buttock", "the buttock", ["buttock", "upper-buttock"]),
    ("buttock-crease", "the buttock crease and sitting bone", ["buttock-crease"]),
    ("outer-hip", "the outer hip", ["outer-hip", "outer-hip-back"]),
    ("thigh-back", "the back of the thigh", ["back-of-thigh-inner", "back-of-thigh-outer"]),
    ("thigh-front", "the front of the thigh", ["front-of-thigh", "above-knee"]),
    ("thigh-outer", "the outer thigh", ["outer-thigh"]),
    ("knee-front", "the kneecap and front of the knee", ["kneecap", "above-knee"]),
    ("knee-back", "the back of the knee", ["back-of-knee"]),
    ("knee-outer", "the outer knee", ["outer-knee", "outer-knee-back"]),
    ("calf", "the calf", ["upper-calf-inner", "upper-calf-outer", "lower-calf"]),
    ("shin", "the front of the shin", ["upper-shin", "lower-shin"]),
    ("lower-leg-outer", "the outer lower leg", ["outer-lower-leg"]),
    ("ankle-front", "the front of the ankle", ["front-of-ankle"]),
    ("heel", "the heel", ["heel", "sole-heel"]),
    ("foot", "the top and arch of the foot, and the big toe", ["top-of-foot", "arch", "big-toe"]),
    ("finger-backs", "the backs of the fingers", ["index-finger-back", "middle-finger-back", "ring-finger-back", "little-finger-back"]),
    ("palm-wrist", "the palm side of the wrist", ["front-of-wrist", "palm"]),
    ("mouth-chin", "the mouth, the front teeth and under the chin", ["mouth", "chin"]),
    ("collarbone", "along the collarbone", ["collarbone"]),
    ("thigh-inner", "the inner thigh", ["inner-thigh"]),
    ("knee-inner", "the inside of the knee", ["inner-knee", "inner-knee-back"]),
    ("ankle-outer", "around the outer ankle", ["outer-ankle", "outer-ankle-back"]),
    ("ankle-inner", "around the inner ankle", ["inner-ankle", "inner-ankle-back"]),
    ("achilles", "the Achilles tendon", ["achilles"]),
    ("sole", "the sole of the foot", ["arch", "outer-sole"]),
    ("ball-of-foot", "the ball of the foot and under the toes", ["ball-of-foot", "sole-toes"]),
    ("toes-top", "the toes and top of the foot", ["top-of-foot", "toes", "big-toe"]),
    ("big-toe", "the big toe", ["big-toe"]),
    ("foot-outer", "the outer edge of the foot", ["outer-sole", "outer-ankle"]),
]

# ---- Muscles: (id, anatomical name, plain words, area, refers, sometimes, sources[, techniques])
# "refers" are the zones a source names plainly; "sometimes" only those a source hedges
# ("sometimes", "occasionally", "less often", "rarely", "when intense", spillover). Where a
# source does not split them, every zone is "refers". A muscle's own techniques, where given,
# replace its area's: the ones that suit that muscle (a hip-flexor stretch for the hip flexor).
HIP_FLEXOR = ["kneeling-hip-flexor-stretch", "heat", "bridges"]
THIGH_FRONT = ["standing-thigh-stretch", "foam-roller", "pressure-ball", "heat", "cold"]
HAMSTRING = ["lying-hamstring-stretch", "foam-roller", "pressure-ball", "heat", "cold"]
CALF_UPPER = ["calf-stretch-straight", "foam-roller", "pressure-ball", "heat", "warm-bath"]
CALF_LOWER = ["calf-stretch-bent", "foam-roller", "pressure-ball", "heat", "warm-bath"]
SHIN = ["pressure-ball", "foam-roller", "heat", "cold"]
INNER_THIGH = ["heat", "warm-bath", "foam-roller"]
SMALL = ["pressure-ball", "heat", "rub"]
JAW = ["heat", "rub", "contrast"]
M = [
    ("upper-trapezius", "Upper trapezius", "the muscle along the top of the shoulder", "neck-shoulders",
     ["neck-back", "ear", "temple", "eye", "cheek-jaw"], [], ["medlink-ts", "namtpt"]),
    ("middle-trapezius", "Middle trapezius", "the muscle between the shoulder blade and the spine", "upper-back",
     ["shoulder-blade-inner", "top-of-shoulder"], [], ["namtpt"]),
    ("lower-trapezius", "Lower trapezius", "the muscle along the lower inner edge of the shoulder blade", "upper-back",
     ["neck-back", "ear", "top-of-shoulder", "shoulder-blade", "shoulder-blade-inner"], [], ["medlink-ts"]),
    ("levator-scapulae", "Levator scapulae", "the muscle from the side of the neck to the top corner of the shoulder blade", "neck-shoulders",
     ["neck-back", "shoulder-blade-inner", "shoulder-blade-tip", "shoulder-back"], [], ["medlink-ts", "namtpt"]),
    ("rhomboids", "Rhomboids", "the muscles between the shoulder blades, under the trapezius", "upper-back",
     ["shoulder-blade-inner"], ["top-of-shoulder"], ["practitioner"]),
    ("infraspinatus", "Infraspinatus", "the muscle over the shoulder blade, below its ridge", "shoulder",
     ["shoulder-front", "upper-arm-outer", "forearm-thumb-side", "hand"], ["shoulder-blade-inner"], ["medlink-ts", "namtpt"]),
    ("supraspinatus", "Supraspinatus", "the muscle above the ridge of the shoulder blade, under the trapezius", "shoulder",
     ["shoulder-front", "upper-arm-outer", "elbow-outer"], ["wrist"], ["namtpt", "fpnotebook"]),
    ("teres-minor", "Teres minor", "a small muscle at the outer edge of the shoulder blade", "shoulder",
     ["shoulder-back"], ["upper-arm-back"], ["namtpt"]),
    ("subscapularis", "Subscapularis", "the muscle under the shoulder blade, reached through the back of the armpit", "shoulder",
     ["shoulder-back", "shoulder-blade", "upper-arm-back", "wrist"], [], ["namtpt", "ts-vol1"]),
    ("latissimus-dorsi", "Latissimus dorsi", "the broad muscle at the side of the mid-back", "upper-back",
     ["shoulder-blade-tip", "mid-back", "shoulder-back", "forearm-little-finger-side", "little-fingers"], [], ["practitioner"]),
    ("serratus-posterior-superior", "Serratus posterior superior", "a thin muscle under the top of the shoulder blade", "upper-back",
     ["shoulder-blade", "shoulder-back", "upper-arm-back", "forearm-little-finger-side", "little-fingers"], [], ["namtpt", "massage-today"]),
    ("iliocostalis-thoracis", "Iliocostalis thoracis", "a muscle column beside the spine in the mid-back", "upper-back",
     ["mid-back", "shoulder-back"], ["abdomen"], ["namtpt"]),
    ("longissimus-thoracis", "Longissimus thoracis", "a muscle column beside the spine in the mid and low back", "low-back",
     ["buttock", "sacroiliac"], [], ["namtpt"]),
    ("iliocostalis-lumborum", "Iliocostalis lumborum", "a muscle column beside the spine in the low back", "low-back",
     ["buttock"], [], ["namtpt"]),
    ("multifidus", "Multifidus", "small deep muscles right beside the spine", "low-back",
     ["low-back", "tailbone", "abdomen"], [], ["namtpt", "practitioner"]),
    ("quadratus-lumborum", "Quadratus lumborum", "the deep muscle at the side of the low back", "low-back",
     ["top-of-pelvis", "sacroiliac", "buttock", "outer-hip", "groin", "abdomen"], ["thigh-outer"], ["namtpt", "practitioner"]),
    ("gluteus-maximus", "Gluteus maximus", "the large buttock muscle", "hips",
     ["buttock", "buttock-crease", "tailbone", "sacroiliac"], [], ["ts-vol2", "massage-today"]),
    ("gluteus-medius", "Gluteus medius", "the muscle at the upper outer buttock", "hips",
     ["low-back", "sacroiliac", "buttock", "top-of-pelvis", "outer-hip", "thigh-outer"], [], ["namtpt", "practitioner"]),
    ("gluteus-minimus-front", "Gluteus minimus (front part)", "a deep muscle at the side of the hip", "hips",
     ["buttock", "thigh-outer", "knee-outer", "lower-leg-outer"], [], ["namtpt", "massage-today"]),
    ("gluteus-minimus-back", "Gluteus minimus (back part)", "a deep muscle behind the hip", "hips",
     ["buttock", "thigh-back", "calf"], [], ["namtpt", "massage-today"]),
    ("piriformis", "Piriformis", "a deep muscle in the middle of the buttock", "hips",
     ["sacroiliac", "buttock", "thigh-back"], [], ["medlink-ts", "namtpt"]),
    ("sternocleidomastoid-sternal", "Sternocleidomastoid (breastbone part)", "the strap muscle at the front of the neck", "neck-shoulders",
     ["top-of-head", "back-of-head", "eye", "cheek-jaw", "throat", "breastbone"], [], ["medlink-ts"]),
    ("sternocleidomastoid-clavicular", "Sternocleidomastoid (collarbone part)", "the strap muscle at the front of the neck", "neck-shoulders",
     ["forehead", "ear"], ["cheek-jaw"], ["medlink-ts"]),
    ("scalenes", "Scalenes", "the muscles at the side of the neck, above the collarbone", "neck-shoulders",
     ["chest", "shoulder-blade-inner", "upper-arm-outer", "forearm-thumb-side", "thumb-index"], [], ["medlink-ts", "practitioner"]),
    ("suboccipitals", "Suboccipitals", "small deep muscles where the skull meets the neck", "head-jaw",
     ["back-of-head", "temple", "eye", "forehead"], [], ["fdlp-2006", "practitioner"]),
    ("splenius-capitis", "Splenius capitis", "a muscle at the upper back of the neck, under the trapezius", "neck-shoulders",
     ["top-of-head"], [], ["namtpt", "fpnotebook"]),
    ("splenius-cervicis", "Splenius cervicis", "a muscle at the lower back of the neck, under the trapezius", "neck-shoulders",
     ["eye", "neck-back"], [], ["namtpt", "massage-today"]),
    ("pectoralis-major", "Pectoralis major", "the large chest muscle", "chest",
     ["shoulder-front", "chest", "upper-arm-inner", "elbow-inner"], ["little-fingers"], ["namtpt", "fpnotebook"]),
    ("pectoralis-minor", "Pectoralis minor", "the smaller chest muscle, under the large one", "chest",
     ["shoulder-front", "chest", "upper-arm-inner", "elbow-inner", "hand", "little-fingers"], [], ["practitioner"]),
    ("serratus-anterior", "Serratus anterior", "the muscle on the side of the ribs below the armpit", "chest",
     ["chest-side", "shoulder-blade-tip", "upper-arm-inner"], ["hand", "little-fingers"], ["namtpt", "practitioner"]),
    ("deltoid-anterior", "Deltoid (front)", "the front of the shoulder cap", "shoulder",
     ["shoulder-front", "upper-arm-outer"], [], ["namtpt", "practitioner"]),
    ("deltoid-posterior", "Deltoid (back)", "the back of the shoulder cap", "shoulder",
     ["shoulder-back"], ["upper-arm-outer"], ["namtpt", "practitioner"]),
    ("iliopsoas", "Iliopsoas", "the deep hip flexor in the lower abdomen and groin", "hips",
     ["low-back", "sacroiliac", "groin", "thigh-front"], [], ["practitioner"], HIP_FLEXOR),
    ("rectus-abdominis-upper", "Rectus abdominis (upper part)", "the upper 'six-pack' muscle below the ribs", "abdomen",
     ["mid-back"], [], ["massage-today"]),
    ("rectus-abdominis-lower", "Rectus abdominis (lower part)", "the lower abdominal muscle above the pubic bone", "abdomen",
     ["low-back", "sacroiliac"], [], ["massage-today"]),
    ("hamstrings-medial", "Hamstrings (inner)", "the inner muscles at the back of the thigh", "legs",
     ["buttock-crease", "thigh-back", "knee-back", "calf"], [], ["practitioner"], HAMSTRING),
    ("hamstrings-biceps-femoris", "Hamstrings (outer, biceps femoris)", "the outer muscle at the back of the thigh", "legs",
     ["knee-back", "thigh-back"], [], ["practitioner"], HAMSTRING),
    ("rectus-femoris", "Rectus femoris", "the muscle down the front of the thigh", "legs",
     ["knee-front", "thigh-front"], [], ["namtpt", "practitioner", "fpnotebook"], THIGH_FRONT),
    ("vastus-lateralis", "Vastus lateralis", "the muscle on the outer thigh", "legs",
     ["thigh-outer", "knee-outer", "knee-back"], [], ["namtpt"], THIGH_FRONT),
    ("gastrocnemius", "Gastrocnemius", "the bulky upper calf muscle, with two heads", "legs",
     ["knee-back", "calf", "foot"], [], ["namtpt", "practitioner", "fpnotebook"], CALF_UPPER),
    ("soleus", "Soleus", "the deeper lower calf muscle above the Achilles tendon", "legs",
     ["heel", "calf", "sacroiliac"], [], ["namtpt", "fpnotebook"], CALF_LOWER),
    ("tibialis-anterior", "Tibialis anterior", "the muscle down the front of the shin", "legs",
     ["shin", "ankle-front", "foot"], [], ["practitioner"], SHIN),
    ("forearm-extensors-radial", "Wrist extensors (thumb side)", "the muscles on the back of the forearm below the elbow", "arms",
     ["elbow-outer", "forearm-back", "hand"], [], ["namtpt", "practitioner"]),
    ("forearm-extensors-ulnar", "Wrist extensor (little-finger side)", "the muscle on the little-finger side of the back of the forearm", "arms",
     ["wrist"], [], ["namtpt"]),
    ("temporalis", "Temporalis", "the jaw muscle at the temple", "head-jaw",
     ["temple", "eye", "cheek-jaw"], [], ["namtpt", "practitioner"]),
    ("masseter", "Masseter", "the strong chewing muscle at the jaw angle", "head-jaw",
     ["cheek-jaw", "ear", "forehead"], [], ["medlink-ts", "namtpt"]),
    # Added with the whole-body muscle map. Sources per muscle; the zones are the ones the
    # sources name, in the places of the atlas.
    ("lateral-pterygoid", "Lateral pterygoid", "a deep jaw muscle under the cheekbone, in front of the jaw joint", "head-jaw",
     ["cheek-jaw"], [], ["nielasher", "aberdeen-chiro", "otani-2014"], JAW),
    ("medial-pterygoid", "Medial pterygoid", "a deep jaw muscle on the inside of the jaw angle", "head-jaw",
     ["throat", "cheek-jaw", "ear"], [], ["medlink-ts"], JAW),
    ("digastric", "Digastric", "the small muscle under the jaw, from the chin to behind the ear", "head-jaw",
     ["neck-front", "mouth-chin"], ["throat"], ["namtpt"], ["heat"]),
    ("occipitofrontalis-frontal", "Frontalis", "the thin muscle of the forehead", "head-jaw",
     ["forehead"], [], ["dochas-2018"], ["heat", "rub"]),
    ("occipitofrontalis-occipital", "Occipitalis", "the thin muscle at the back of the head", "head-jaw",
     ["back-of-head", "temple"], ["eye"], ["dochas-2018"], ["pressure-ball", "heat"]),
    ("semispinalis-capitis", "Semispinalis capitis", "a deep muscle column at the back of the neck", "neck-shoulders",
     ["back-of-head", "temple"], [], ["otani-2014", "musclehealers"]),
    ("teres-major", "Teres major", "the muscle at the lower outer corner of the shoulder blade", "shoulder",
     ["shoulder-back", "upper-arm-back"], ["forearm-back"], ["tps-help"]),
    ("coracobrachialis", "Coracobrachialis", "a small muscle on the inside of the upper arm, near the armpit", "shoulder",
     ["shoulder-front"], ["upper-arm-back", "forearm-back", "hand"], ["westsub"], ["doorway-stretch", "pressure-ball", "heat"]),
    ("biceps-brachii", "Biceps", "the muscle at the front of the upper arm", "arms",
     ["shoulder-front", "upper-arm-outer"], ["elbow-inner"], ["namtpt"], SMALL),
    ("brachialis", "Brachialis", "the muscle under the biceps, above the elbow", "arms",
     ["thumb-index"], ["hand", "shoulder-front"], ["massage-today", "tps-help"], SMALL),
    ("triceps-brachii", "Triceps", "the muscle at the back of the upper arm", "arms",
     ["upper-arm-back", "shoulder-back", "elbow-outer"], ["neck-back", "forearm-back", "elbow-inner", "little-fingers",
                                                         "forearm-thumb-side"], ["namtpt", "aberdeen-chiro"], SMALL),
    ("deltoid-middle", "Deltoid (side)", "the side of the shoulder cap", "shoulder",
     ["upper-arm-outer"], [], ["namtpt", "aberdeen-chiro"]),
    ("brachioradialis", "Brachioradialis", "the muscle along the thumb side of the forearm, below the elbow", "arms",
     ["elbow-outer", "forearm-thumb-side", "thumb-index"], [], ["westsub"]),
    ("extensor-digitorum", "Finger extensors", "the muscle down the middle of the back of the forearm", "arms",
     ["forearm-back", "hand", "finger-backs"], ["elbow-outer"], ["namtpt", "tps-help"]),
    ("supinator", "Supinator", "a deep muscle below the outside of the elbow", "arms",
     ["elbow-outer", "thumb-index"], ["forearm-back"], ["medlink-ts"]),
    ("forearm-flexors", "Wrist flexors", "the muscles on the inside of the forearm", "arms",
     ["palm-wrist", "forearm-little-finger-side", "hand"], [], ["webmanmed", "nielasher"]),
    ("finger-flexors", "Finger flexors", "the deep muscles on the inside of the forearm that bend the fingers", "arms",
     ["hand"], [], ["nielasher"]),
    ("pronator-teres", "Pronator teres", "the muscle across the inside of the forearm below the elbow crease", "arms",
     ["palm-wrist", "forearm-thumb-side"], ["thumb-index", "elbow-inner"], ["wellness-digest"]),
    ("opponens-pollicis", "Opponens pollicis", "a muscle in the ball of the thumb", "arms",
     ["palm-wrist", "thumb-index"], [], ["nielasher"], SMALL),
    ("adductor-pollicis", "Adductor pollicis", "the muscle in the web between the thumb and the palm", "arms",
     ["thumb-index", "hand"], [], ["nielasher"], SMALL),
    ("interossei-hand", "Hand interossei", "the small muscles between the bones of the hand", "arms",
     ["finger-backs", "thumb-index"], ["hand"], ["nielasher"], SMALL),
    ("subclavius", "Subclavius", "a small muscle just under the collarbone", "chest",
     ["collarbone", "upper-arm-outer", "forearm-thumb-side", "thumb-index"], [], ["nielasher", "webmanmed"],
     ["doorway-stretch", "heat"]),
    ("external-oblique", "External oblique", "the muscle at the side of the abdomen and waist", "abdomen",
     ["abdomen", "chest", "groin"], [], ["nielasher"]),
    ("serratus-posterior-inferior", "Serratus posterior inferior", "a thin deep muscle over the lowest ribs at the back", "low-back",
     ["mid-back"], [], ["wellness-digest", "nielasher"]),
    ("tensor-fasciae-latae", "Tensor fasciae latae", "the small muscle at the front and outside of the hip", "hips",
     ["outer-hip", "thigh-outer"], ["knee-outer"], ["aberdeen-chiro", "massage-today", "nielasher"],
     ["kneeling-hip-flexor-stretch", "foam-roller", "pressure-ball", "heat"]),
    ("sartorius", "Sartorius", "the long strap muscle across the front of the thigh", "legs",
     ["thigh-front", "thigh-inner", "knee-inner"], [], ["nielasher", "muscle-joint-pain", "webmanmed"], INNER_THIGH),
    ("pectineus", "Pectineus", "a small muscle in the groin, just below the crease", "hips",
     ["groin"], ["thigh-inner"], ["nielasher"], INNER_THIGH),
    ("adductor-longus", "Adductors longus and brevis", "the muscles of the upper inner thigh", "legs",
     ["groin", "thigh-inner", "knee-inner", "shin"], [], ["aberdeen-chiro", "abbott-groin"], INNER_THIGH),
    ("adductor-magnus", "Adductor magnus", "the large muscle of the inner and back of the thigh", "legs",
     ["thigh-inner", "groin"], [], ["aberdeen-chiro", "abbott-groin"], INNER_THIGH),
    ("gracilis", "Gracilis", "the thin muscle along the inner edge of the thigh", "legs",
     ["thigh-inner"], [], ["abbott-groin"], INNER_THIGH),
    ("vastus-medialis", "Vastus medialis", "the teardrop muscle on the inner thigh above the knee", "legs",
     ["knee-inner", "knee-front"], [], ["fpnotebook"], THIGH_FRONT),
    ("vastus-intermedius", "Vastus intermedius", "the deep muscle under the front of the thigh", "legs",
     ["thigh-front"], ["groin"], ["fpnotebook", "abbott-groin"], THIGH_FRONT),
    ("popliteus", "Popliteus", "a small deep muscle at the back of the knee", "legs",
     ["knee-back"], ["calf"], ["namtpt", "nielasher"], ["heat", "calf-stretch-straight"]),
    ("peroneus", "Peroneus (fibularis) muscles", "the muscles down the outside of the lower leg", "legs",
     ["ankle-outer", "foot-outer"], ["lower-leg-outer"], ["nielasher"], SHIN),
    ("tibialis-posterior", "Tibialis posterior", "the deepest muscle at the back of the calf", "legs",
     ["achilles", "sole"], ["calf", "heel"], ["namtpt", "nielasher"], CALF_LOWER),
    ("extensor-digitorum-longus", "Long toe extensor", "the muscle on the outer front of the shin that lifts the toes", "legs",
     ["toes-top", "ankle-front"], ["shin"], ["wellness-digest"], SHIN),
    ("extensor-hallucis-longus", "Long big-toe extensor", "a deep muscle in the lower front of the shin that lifts the big toe", "legs",
     ["big-toe", "toes-top"], ["ankle-front"], ["wellness-digest"], SHIN),
    ("flexor-digitorum-longus", "Long toe flexor", "a deep muscle on the inner calf that curls the toes", "legs",
     ["ball-of-foot"], ["heel", "calf"], ["wellness-digest"], CALF_LOWER),
    ("flexor-hallucis-longus", "Long big-toe flexor", "a deep muscle on the outer calf that curls the big toe", "legs",
     ["big-toe", "ball-of-foot"], [], ["wellness-digest", "webmanmed"], CALF_LOWER),
    ("abductor-hallucis", "Abductor hallucis", "the muscle along the inner edge of the sole", "feet",
     ["heel", "sole"], [], ["nielasher"]),
    ("flexor-digitorum-brevis", "Short toe flexor", "the muscle down the middle of the sole", "feet",
     ["ball-of-foot"], [], ["nielasher"]),
    ("quadratus-plantae", "Quadratus plantae", "a deep muscle in the sole, in front of the heel", "feet",
     ["heel", "sole"], [], ["morningside"]),
    ("extensor-digitorum-brevis", "Short toe extensor", "the small muscle on the top of the foot, outer side", "feet",
     ["toes-top", "ankle-outer"], [], ["nielasher"]),
]

# ---- Causes (most relevant first per area) -----------------------------------------
CAUSES = {
    "desk-posture": ("Long hours at a desk with the head and shoulders pushed forward", ["seed-000", "seed-001", "seed-003"]),
    "screen-height": ("A screen below eye level, which pulls the head forward", ["seed-000", "seed-002"]),
    "prolonged-sitting": ("Sitting for long stretches without a break", ["seed-000", "seed-001", "seed-002"]),
    "lifting": ("Heavy lifting or a sudden strain", ["seed-000", "seed-001", "seed-002"]),
    "rounded-shoulders": ("Rounded, hunched shoulders, often with a weak upper back", ["seed-001", "seed-003"]),
    "sleep-position": ("Sleeping in an awkward position", ["seed-000", "seed-001", "seed-002"]),
    "stress": ("Stress, which keeps muscles tense and guarded", ["seed-000", "seed-001", "seed-002"]),
    "dehydration": ("Not drinking enough water", ["seed-000", "seed-001", "seed-002"]),
    "repetitive-motion": ("Repeating the same movement for a long time, as in long training sessions", ["seed-001", "seed-002"]),
    "overuse": ("Overworking the muscle, for example training too heavy", ["seed-001", "seed-003", "seed-004"]),
    "weakness": ("Weak muscles, or too little exercise and movement", ["seed-003"]),
    "driving": ("Long drives", ["seed-001"]),
    # Causes of one muscle's knots, from the pages that describe that muscle.
    "bruxism": ("Clenching or grinding the teeth, or chewing gum a lot", ["nielasher", "tps-help"]),
    "mouth-breathing": ("Breathing through the mouth for long stretches, as with a blocked nose", ["tps-help"]),
    "gripping": ("Gripping hard or twisting with the hand again and again: tools, a screwdriver, weeding by hand", ["westsub", "wellness-digest", "webmanmed"]),
    "pinching": ("Pinching with the thumb for long: writing, sewing, texting, weeding", ["nielasher"]),
    "typing": ("Long hours of typing or clicking a mouse, which keeps the finger extensors working", ["tps-help"]),
    "carrying-bent-elbow": ("Carrying with the elbow bent for long, such as shopping bags or a child, or lifting with the palms up", ["massage-today", "tps-help"]),
    "pulling-down": ("Pulling the arm down or back against a load: pull-ups, rowing, swimming, steering a heavy vehicle", ["tps-help"]),
    "downhill": ("Running or walking downhill or down stairs, and twisting on a bent knee", ["namtpt"]),
    "uneven-ground": ("Walking or running on uneven or sloping ground, or in worn-out shoes", ["namtpt", "wellness-digest"]),
    "ankle-sprains": ("An ankle sprain, or ankles that often turn over", ["nielasher"]),
    "cross-legged": ("Sitting cross-legged for long", ["nielasher"]),
    "coughing": ("A long bout of hard coughing", ["nielasher"]),
}

# Causes that belong to one muscle, shown before its area's (the cause ids above).
MUSCLE_CAUSES = {
    "lateral-pterygoid": ["bruxism"],
    "digastric": ["mouth-breathing", "bruxism"],
    "brachioradialis": ["gripping"],
    "pronator-teres": ["gripping"],
    "forearm-flexors": ["gripping"],
    "extensor-digitorum": ["typing", "gripping"],
    "opponens-pollicis": ["pinching"],
    "adductor-pollicis": ["pinching"],
    "brachialis": ["carrying-bent-elbow"],
    "biceps-brachii": ["carrying-bent-elbow"],
    "teres-major": ["pulling-down"],
    "popliteus": ["downhill"],
    "tibialis-posterior": ["uneven-ground"],
    "flexor-digitorum-longus": ["uneven-ground"],
    "flexor-hallucis-longus": ["uneven-ground"],
    "peroneus": ["ankle-sprains"],
    "pectineus": ["cross-legged"],
    "external-oblique": ["coughing", "cross-legged"],
}

# ---- Self-care techniques ----------------------------------------------------------
# kind: pressure | roller | stretch | strength | heat | cold | contrast | bath | rub
T = [
    ("pressure-ball", "Pressure with a tennis or lacrosse ball", "pressure",
     ["Put the ball between the knot and a wall or the floor.",
      "Lean in until the pressure is firm but bearable: uncomfortable is fine, sharp pain is not.",
      "Hold still on the spot.", "Ease off slowly and let the blood flow back."],
     {"holdSeconds": [30, 90], "doseSources": ["seed-002"]}, ["Not on a bone, the spine or a swollen or bruised area."],
     ["seed-000", "seed-002"]),
    ("foam-roller", "Foam roller", "roller",
     ["Lie on the roller, across the muscle.", "Roll slowly back and forth over the tender area.",
      "Pause on a tender spot and breathe."],
     {"holdSeconds": [30, 60], "totalSeconds": [60, 60], "doseSources": ["seed-002", "seed-001"]}, ["Keep the roller off the low-back spine and the neck."],
     ["seed-001", "seed-002"]),
    ("two-balls-spine", "Two balls in a sock beside the spine", "pressure",
     ["Put two tennis balls in a sock and tie it.", "Lie on them, or lean against a wall, with one ball on each side of the spine.",
      "Move slowly until a ball rests on a tender spot, and hold."],
     {"holdSeconds": [60, 90], "doseSources": ["seed-002"]}, ["The spine itself sits between the balls, never on one."], ["seed-002"]),
    ("cat-cow", "Cat-cow", "stretch",
     ["On hands and knees, round the back up like a cat.", "Then let the belly sink and lift the head gently.",
      "Move slowly between the two, with the breath, for as long as it feels easy."],
     # A moving exercise: no hold. The seeds give no count of rounds, so none is set.
     {}, ["Only to a comfortable pull."], ["seed-000", "seed-002"]),
    ("childs-pose", "Child's pose", "stretch",
     ["Kneel and sit back on your heels.", "Fold forward with your arms stretched out in front.", "Rest and breathe."],
     {"holdSeconds": [20, 30], "doseSources": ["seed-000"]}, ["Only to a comfortable pull."], ["seed-000", "seed-002"]),
    ("knee-to-chest", "Knee to chest", "stretch",
     ["Lie on your back.", "Pull one knee gently towards your chest.", "Hold, then change sides."],
     {"holdSeconds": [20, 30], "perSide": True, "doseSources": ["seed-000", "seed-002"]}, ["Only to a comfortable pull."], ["seed-000", "seed-002"]),
    ("doorway-stretch", "Doorway stretch", "stretch",
     ["Stand in a doorway with your arms bent at 90 degrees on the frame.", "Lean forward gently until the chest stretches."],
     {"holdSeconds": [30, 30], "doseSources": ["seed-002"]}, ["Only to a comfortable pull."], ["seed-002"]),
    ("wall-pec-stretch", "Wall chest stretch", "stretch",
     ["Put one hand on a wall, elbow straight or slightly bent.", "Turn your body away from the wall until the chest stretches.",
      "Hold, then change sides."],
     {"holdUpToSeconds": 30, "perSide": True, "doseSources": ["seed-004"]}, ["Only to a comfortable pull."], ["seed-003", "seed-000"]),
    ("thread-the-needle", "Thread the needle", "stretch",
     ["Start on hands and knees.", "Reach one arm under your body, turning the upper back.", "Hold, then change sides."],
     {"holdUpToSeconds": 30, "perSide": True, "doseSources": ["seed-004"]}, ["Only to a comfortable pull."], ["seed-002", "seed-000"]),
    ("downward-dog", "Downward dog", "stretch",
     ["From hands and knees, lift the hips up and back.", "Lengthen the back of the legs and the spine."],
     {"holdUpToSeconds": 30, "doseSources": ["seed-004"]}, ["Bend the knees if the hamstrings are tight."], ["seed-002", "seed-000"]),
    ("pigeon", "Pigeon pose", "stretch",
     ["From hands and knees, bring one knee forward behind the wrist.", "Stretch the other leg back and lower the hips.",
      "Hold, then change sides."],
     {"holdUpToSeconds": 30, "perSide": True, "doseSources": ["seed-004"]}, ["Skip it if the knee hurts."], ["seed-002", "seed-000"]),
    ("sphinx", "Sphinx pose", "stretch",
     ["Lie on your front.", "Come up on your forearms and lift the chest gently."],
     {"holdUpToSeconds": 30, "doseSources": ["seed-004"]}, ["Only to a comfortable pull."], ["seed-002", "seed-000"]),
    ("bridges", "Bridges", "strength",
     ["Lie on your back with the knees bent.", "Lift the hips until the body is straight from knees to shoulders.",
      "Lower slowly."], {}, ["Once the pain is less acute."], ["seed-000", "seed-003"]),
    ("wall-angels", "Wall angels", "strength",
     ["Stand with your back against a wall.", "Slide the arms up and down the wall, keeping them touching it."],
     {}, ["Once the pain is less acute."], ["seed-000", "seed-003"]),
    ("rows", "Band rows", "strength",
     ["Hold a resistance band in front of you.", "Pull it towards your body, squeezing the shoulder blades together."],
     {}, ["Once the pain is less acute."], ["seed-003"]),
    ("push-ups", "Push-ups", "strength",
     ["Hands on the floor or a wall, body straight.", "Lower and push back up slowly."],
     {}, ["Once the pain is less acute."], ["seed-003"]),
    ("band-pull-aparts", "Band pull-aparts", "strength",
     ["Hold a band in front of you with straight arms.", "Pull it apart until it touches your chest, then return slowly."],
     {}, ["Once the pain is less acute."], ["seed-001", "seed-003"]),
    ("heat", "Heat", "heat",
     ["Put a heating pad or warm, moist compress on the area."], {"totalSeconds": [900, 1200], "doseSources": ["seed-000", "seed-002"]},
     ["Warm, never hot: protect the skin."], ["seed-000", "seed-002"]),
    ("cold", "Cold", "cold",
     ["Wrap an ice pack in a cloth and put it on the area.", "Take it off and let the skin rest before another round."],
     {"onSeconds": [600, 900], "offSeconds": 900, "rounds": 2, "doseSources": ["seed-002", "seed-004"]}, ["Never ice straight on the skin."], ["seed-002", "seed-004"]),
    ("contrast", "Heat and cold in turn", "contrast",
     ["Start with a cold pack wrapped in a cloth.", "Swap it for a warm pack or hot water bottle, then back to the cold.",
      "Keep swapping, and finish with the cold."],
     {"onSeconds": [120, 120], "offSeconds": 60, "totalSeconds": [600, 900], "doseSources": ["northside-contrast"]},
     ["Never ice straight on the skin; warm, never hot."], ["seed-000", "seed-001", "seed-002", "northside-contrast"]),
    ("warm-bath", "Warm or Epsom salt bath", "bath",
     ["Soak in a warm bath; Epsom salt may be added, though its benefit is uncertain."], {"totalSeconds": [1200, 1200], "doseSources": ["seed-002"]},
     ["Warm, not hot."], ["seed-002", "seed-004"]),
    ("kneeling-hip-flexor-stretch", "Kneeling hip-flexor stretch", "stretch",
     ["Kneel on the knee of the sore side, with the other foot flat on the floor in front of you.",
      "Keep the trunk upright and lean gently into the front leg until the front of the back hip stretches.",
      "Hold still, then change sides."],
     {"holdSeconds": [30, 30], "reps": 4, "perSide": True, "doseSources": ["practo-stretch"]},
     ["Keep the front knee over the ankle, not past it.", "Put a folded towel under the knee on the floor."], ["practo-stretch"]),
    ("standing-thigh-stretch", "Standing thigh stretch", "stretch",
     ["Stand tall and hold a wall or a chair for balance.", "Take the foot of the sore side in the hand of that side, knees together.",
      "Hold for five slow breaths, then change sides."],
     {"perSide": True}, ["Do not lean forward or to the side; only to a comfortable pull."], ["nhs-flex"]),
    ("lying-hamstring-stretch", "Lying hamstring stretch", "stretch",
     ["Lie on your back with the knees bent and loop a towel round the foot of the sore side.",
      "Bring that knee up over the hip, then straighten the knee as far as is comfortable.",
      "Hold still, lower the leg the same way, then change sides."],
     {"holdSeconds": [30, 30], "reps": 4, "perSide": True, "doseSources": ["practo-stretch"]}, ["Keep the low back on the floor; no bouncing."],
     ["practo-stretch", "csp-stretch"]),
    ("calf-stretch-straight", "Calf stretch, knee straight", "stretch",
     ["Put your hands on a wall at shoulder height.", "Step back with the sore leg; both feet point forward.",
      "Keep the back knee straight and press its heel into the floor until the upper calf stretches.", "Change sides."],
     {"perSide": True}, ["Only to a comfortable pull."], ["csp-stretch", "nhs-flex"]),
    ("calf-stretch-bent", "Calf stretch, knee bent", "stretch",
     ["Stand as for the calf stretch, hands on a wall and the sore leg behind.",
      "Bend both knees a little, keeping the back heel down: the stretch moves to the lower calf.", "Change sides."],
     {"perSide": True}, ["Only to a comfortable pull."], ["csp-stretch"]),
    ("rub", "Muscle rub with massage", "rub",
     ["Massage a cream with menthol, capsaicin or camphor into the area."], {},
     ["Wash your hands afterwards; keep it away from the eyes.",
      "Never with a heating pad, hot water bottle or heat lamp on the same spot, nor under a bandage or on broken skin: it can burn. Stop, and get help, if it blisters or truly hurts."],
     ["seed-004", "fda-2012"]),
]

# ---- Body areas: causes, techniques and prevention in order of relevance -----------
AREAS = {
    "head-jaw": (["stress", "desk-posture", "screen-height", "sleep-position", "overuse", "dehydration"],
                 ["heat", "rub", "contrast"]),
    "neck-shoulders": (["desk-posture", "screen-height", "stress", "sleep-position", "rounded-shoulders", "prolonged-sitting", "driving", "dehydration"],
                       ["pressure-ball", "heat", "foam-roller", "thread-the-needle", "band-pull-aparts", "wall-angels", "contrast", "rub"]),
    "upper-back": (["desk-posture", "rounded-shoulders", "prolonged-sitting", "stress", "sleep-position", "weakness", "dehydration"],
                   ["two-balls-spine", "pressure-ball", "foam-roller", "cat-cow", "thread-the-needle", "doorway-stretch", "rows", "wall-angels", "heat", "warm-bath"]),
    "shoulder": (["repetitive-motion", "overuse", "rounded-shoulders", "desk-posture", "sleep-position", "lifting"],
                 ["pressure-ball", "doorway-stretch", "band-pull-aparts", "rows", "heat", "cold"]),
    "chest": (["rounded-shoulders", "desk-posture", "weakness", "overuse", "stress"],
              ["wall-pec-stretch", "doorway-stretch", "pressure-ball", "rows", "push-ups", "heat"]),
    "low-back": (["prolonged-sitting", "lifting", "sleep-position", "weakness", "stress", "driving", "dehydration"],
                 ["childs-pose", "knee-to-chest", "cat-cow", "sphinx", "two-balls-spine", "pressure-ball", "bridges", "heat", "cold", "warm-bath"]),
    "hips": (["prolonged-sitting", "weakness", "overuse", "repetitive-motion", "lifting"],
             ["pressure-ball", "pigeon", "knee-to-chest", "bridges", "foam-roller", "heat"]),
    "abdomen": (["desk-posture", "prolonged-sitting", "overuse", "stress"],
                ["sphinx", "cat-cow", "heat"]),
    "arms": (["repetitive-motion", "overuse", "desk-posture"],
             ["pressure-ball", "heat", "cold", "rub"]),
    "feet": (["overuse", "repetitive-motion", "weakness"],
             ["pressure-ball", "heat", "cold", "rub"]),
    "legs": (["overuse", "repetitive-motion", "prolonged-sitting", "dehydration", "weakness"],
             ["foam-roller", "pressure-ball", "downward-dog", "heat", "cold", "warm-bath"]),
}

# ---- Places where a technique must not press or roll: (id, muscles there, technique kinds
# left out for them, what the person reads, sources). Only the gentle techniques of their
# area are offered for those muscles, and the caution is shown with the advice.
CAUTION_SITES = [
    ("front-of-neck", ["sternocleidomastoid-sternal", "sternocleidomastoid-clavicular", "scalenes", "digastric"], ["pressure", "roller"],
     "The front and side of the neck hold the carotid artery and the jugular vein: no ball, roller or deep pressure here. Gentle stretching and warmth suit these muscles.",
     ["werner-2020"]),
    # The roller is rolled along the middle and upper back (seed 002); its own caution keeps
    # it off the neck, so it is not offered for the neck's muscles.
    ("back-of-neck", ["levator-scapulae", "splenius-capitis", "splenius-cervicis",
                      "semispinalis-capitis", "suboccipitals"], ["roller"],
     "Keep the foam roller off the neck: it is rolled along the middle and upper back. A ball held in the hand, a stretch or warmth suit these muscles.",
     ["seed-002"]),
    ("groin", ["iliopsoas", "pectineus", "sartorius", "adductor-longus"], ["pressure", "roller"],
     "The groin holds the femoral artery, vein and nerve just under the skin: no ball, roller or deep pressure there.",
     ["werner-2020"]),
    ("back-of-knee", ["popliteus"], ["pressure", "roller"],
     "The back of the knee holds the popliteal artery and vein and the tibial nerve: no ball, roller or deep pressure there. Warmth and a gentle calf stretch suit this muscle.",
     ["nielasher"]),
    ("calf", ["gastrocnemius", "soleus", "tibialis-posterior", "flexor-digitorum-longus", "flexor-hallucis-longus"], [],
     "Do not press or roll a calf that is swollen, warm or red: that needs a doctor soon, as it can be a clot in a vein. Nor press or roll over varicose veins.",
     ["nhs-dvt", "werner-varicose"]),
]

PREVENTION = [
    ("screen-eye-level", "Put the screen at eye level so the head stays over the shoulders.", ["seed-000", "seed-002"]),
    ("keyboard-elbow", "Keep the keyboard at elbow height.", ["seed-002"]),
    ("lumbar-support", "Use a chair that supports the curve of the low back.", ["seed-000", "seed-002"]),
    ("feet-flat", "Sit with feet flat on the floor and knees at or a little below the hips.", ["seed-000"]),
    ("movement-breaks", "Stand up and move every 30 to 60 minutes.", ["seed-000", "seed-002"]),
    ("water", "Drink water through the day.", ["seed-000", "seed-001", "seed-002"]),
    ("sleep", "Sleep enough, in a position that does not twist the neck.", ["seed-001", "seed-002", "seed-004"]),
    ("stress", "Make room for calm: slow breathing, exercise and rest ease held tension.", ["seed-001", "seed-002"]),
    ("strength", "Build strength in the core and upper back, for example with bridges and wall angels.", ["seed-000", "seed-003"]),
]

GUIDANCE = {
    "expect": ("How long it takes depends on the knot: one that came on lately often settles within days of daily care, while one you have had for months may need weeks. Gentle care every day does more than pressing hard.", ["seed-002", "seed-003"]),
    "professional": ("See a physiotherapist or doctor if the pain has not improved after one to two weeks of steady self-care, keeps getting worse, limits your daily life, or comes with numbness, tingling or weakness in an arm or leg.", ["seed-000", "seed-002", "seed-004"]),
    "professionals-offer": ("A physiotherapist looks for the muscle imbalances behind a knot, sets exercises, and may use dry needling; a massage therapist can reach deeper layers than self-massage; for a knot that does not settle, a doctor may offer a trigger point injection of a local anaesthetic.", ["seed-000", "seed-002", "seed-003"]),
    "not-diagnosis": ("KnotMap informs and records what you enter. It does not diagnose. Referral patterns are commonly described patterns, not proof of where pain comes from.", ["ifompt-2020"]),
}

# ---- Red flags: (id, tier, question, regions that ask it (stems; [] = general), sources)
# Muscles with no look-alike question of their own, and why: the general questions are
# asked for them as for every knot.
NO_LOOKALIKE = {
    stem: "The serious look-alikes KnotMap's sources name for the hand and foot (a clot in a leg vein, compartment syndrome) are felt in the forearm, calf or thigh, where they are asked; no source was found for a warning sign of this muscle's own, so only the general questions apply."
    for stem in ["thenar", "interossei", "abductor-hallucis", "flexor-digitorum-brevis", "quadratus-plantae",
                 "extensor-digitorum-brevis"]
}
# Places (tools/make_body_figure.py) where pain marked asks a region's questions.
NECK_PLACES = ["front-of-neck", "throat", "above-collarbone", "back-of-neck", "neck-spine",
               "base-of-skull", "back-of-head"]
LOW_BACK_PLACES = ["low-back", "side-of-low-back", "lower-spine", "sacrum", "sacroiliac", "tailbone",
                   "top-of-pelvis", "buttock", "upper-buttock", "buttock-crease"]
CHEST_PLACES = ["chest", "upper-chest", "breastbone", "side-of-chest", "beside-shoulder-blade",
                "upper-spine", "shoulder-blade"]
JAW_PLACES = ["temple", "jaw", "jaw-joint", "cheek", "top-of-shoulder"]
NECK = ["splenius-cervicis", "levator-scapulae", "upper-trapezius", "suboccipitals", "sternocleidomastoid", "scalenes",
        "splenius-capitis", "semispinalis", "digastric"]
LOW_BACK = ["lumbar-paraspinals", "quadratus-lumborum", "gluteus-maximus", "gluteus-medius", "piriformis", "thoracic-paraspinals",
            "multifidus", "gluteus-minimus", "serratus-posterior-inferior"]
CHEST = ["pectoralis-major", "pectoralis-minor", "serratus-anterior", "rhomboids", "infraspinatus", "subclavius",
         # where heart pain is felt too: the shoulder, arm and upper back (E6)
         "deltoid-anterior", "deltoid-middle", "deltoid-posterior", "biceps", "coracobrachialis", "triceps",
         "brachialis", "teres-minor", "teres-major", "subscapularis", "supraspinatus", "latissimus",
         "middle-trapezius", "lower-trapezius", "serratus-posterior-superior"]
# The muscles along the spine, where a cancer that has spread to it is felt as new back or
# neck pain (C1).
SPINE = NECK + LOW_BACK + ["rhomboids", "middle-trapezius", "lower-trapezius", "serratus-posterior-superior"]
# The scalp's muscles: a headache's warning signs (E4) and a tender scalp over 50 (U9).
HEAD = ["frontalis", "occipitalis"]
# The legs' muscles, where a clot in a vein is felt, in the calf or thigh (L1, L3).
LEG = ["pectineus", "tensor-fasciae-latae", "gastrocnemius", "soleus", "popliteus", "tibialis-posterior", "flexor-digitorum-longus",
       "flexor-hallucis-longus", "hamstrings-inner", "hamstrings-outer", "adductor-magnus", "rectus-femoris",
       "vastus-lateralis", "vastus-medialis", "vastus-intermedius", "sartorius", "gracilis", "adductor-longus",
       "tibialis-anterior", "extensor-digitorum-longus", "peroneus", "extensor-hallucis-longus"]
# The lower legs and forearms, where compartment syndrome is most common (L2).
COMPARTMENT = ["tibialis-anterior", "extensor-digitorum-longus", "peroneus", "extensor-hallucis-longus",
               "gastrocnemius", "soleus", "tibialis-posterior", "flexor-digitorum-longus", "flexor-hallucis-longus",
               "wrist-extensors-radial", "extensor-digitorum", "wrist-extensor-ulnar", "supinator", "brachioradialis",
               "pronator-teres", "wrist-flexors", "finger-flexors"]
# The belly and low back, where a burst aortic aneurysm is felt (L5).
BELLY = ["rectus-abdominis-upper", "rectus-abdominis-lower", "external-oblique", "iliopsoas", "quadratus-lumborum",
         "lumbar-paraspinals", "multifidus"]
# ---- The person's health history (asked once, kept in a small profile they can edit):
# facts that change which warning signs apply and how serious a "yes" is, never a warning
# on their own. (id, question, earlier ids of the same question, sources.) Cancer was once
# asked as the warning sign U4; those answers stay answers to it.
HISTORY_FACTS = [
    ("cancer", "Have you ever had cancer?", ["U4"], ["downie-2013", "nice-cg75"]),
    ("osteoporosis", "Have you been told you have weak bones (osteoporosis)?", [], ["gcare", "downie-2013"]),
    ("steroids", "Do you take steroid tablets, such as prednisolone, long-term?", [], ["gcare", "downie-2013"]),
]

# When a "no" stops counting and the questions are asked again (core's screening rule): a
# new episode of pain begins after at least a month without it, and a new episode of care
# after at least 3 months without a consultation (de Vet 2002). KnotMap asks again after a
# 4-week break in entries (the safe side of a month) and every 13 weeks.
ASK_AGAIN = {"afterBreakDays": 28, "atMostDays": 91, "sources": ["devet-2002"]}

# Questions asked only when one of these holds, or is not known (the safe side): a history
# fact's id, or "age-N" for a person N or older by their year of birth.
REDFLAG_ASK_IF = {
    "C1": ["cancer"],
    "E7": ["cancer"],
    "U7": ["osteoporosis", "steroids", "age-65"],
    "U9": ["age-50"],
}
# A "yes" that is more serious with a history fact: (fact, tier, sources).
REDFLAG_RAISE = {
    # NICE CG75: cancer with new neurological symptoms is an emergency (MRI within 24 h).
    "U6": [("cancer", "emergency", ["nice-cg75"])],
}

# Between the shoulder blades, where a torn aorta is felt (L7).
UPPER_BACK = ["rhomboids", "middle-trapezius", "lower-trapezius", "thoracic-paraspinals", "serratus-posterior-superior"]
# The flank and low back, where a kidney infection is felt (L6).
FLANK = ["quadratus-lumborum", "lumbar-paraspinals", "multifidus", "serratus-posterior-inferior", "external-oblique"]
# The lower belly and groin, where a hernia or an ectopic pregnancy is felt (L10, L11).
LOWER_BELLY = ["rectus-abdominis-lower", "external-oblique", "iliopsoas", "pectineus", "adductor-longus"]
# The tip of the shoulder, where blood in the belly is felt (L10).
SHOULDER_TIP = ["deltoid-middle", "supraspinatus", "upper-trapezius"]
# The muscles around the hip, knee and shoulder joints (L12).
JOINTS = ["gluteus-medius", "gluteus-minimus", "tensor-fasciae-latae", "iliopsoas", "popliteus", "vastus-medialis",
          "vastus-lateralis", "rectus-femoris", "deltoid-anterior", "deltoid-middle", "deltoid-posterior", "supraspinatus",
          "infraspinatus", "teres-minor", "subscapularis"]
# Around the eye, the temple and the forehead (E8).
EYE = ["frontalis", "temporalis", "suboccipitals", "splenius-capitis", "sternocleidomastoid"]
REDFLAGS = [
    ("E1", "emergency", "Alongside back or leg pain, do you have numbness or tingling around the genitals, buttocks or inner thighs, or new trouble passing urine or controlling your bladder or bowel?", LOW_BACK, ["bmj-ces", "nhs-back"]),
    ("E2", "emergency", "Do you have pain, tingling, numbness or weakness in both legs, or leg weakness that is quickly getting worse?", LOW_BACK, ["nhs-back", "gcare"]),
    ("E3", "emergency", "Did this back or neck pain start after a serious accident, such as a car crash, a fall from a height or a blow to the spine?", [], ["nhs-back"]),
    ("E4", "emergency", "Is the neck pain or headache coming with fever, a stiff neck, dislike of light, vomiting or a rash; or did a sudden, very severe headache start?", NECK + HEAD, ["gponline-neck"]),
    ("E5", "emergency", "With the neck pain, is there new dizziness, double vision, slurred speech, trouble swallowing, fainting, or numbness or weakness of the face or one side?", NECK, ["ifompt-cervical-2023", "mpft-neck"]),
    ("E6", "emergency", "Is there chest pain, or pressure in the chest that spreads to the arm or jaw, or comes with sweating or breathlessness?", CHEST, ["nhs-back", "namtpt"]),
    ("E7", "emergency", "With the back or neck pain, do you now have new weakness, numbness or unsteadiness, or changes in your bladder or bowel?", [], ["nice-cg75"]),
    ("U1", "urgent", "Do you have a high temperature, chills, or feel generally unwell along with the pain?", [], ["nhs-back", "gcare"]),
    ("U2", "urgent", "Have you lost weight without trying, or noticed a lump or a change in the shape of your back?", [], ["nhs-back", "gcare"]),
    ("U3", "urgent", "Does the pain stay when you rest and get much worse at night, or get worse when you cough or sneeze?", LOW_BACK, ["nhs-back", "gcare"]),
    ("C1", "urgent", "Is this back or neck pain new: has it begun in the last few weeks?", SPINE, ["downie-2013", "nice-cg75"]),
    ("U5", "urgent", "Are your hands clumsy or weak, do you drop things, feel unsteady walking, or feel electric shocks down the spine when bending the neck?", NECK, ["cks-neck"]),
    ("U6", "urgent", "Is weakness spreading to several muscles, numbness covering more than one area of an arm or leg, or is any weakness getting worse?", [], ["cks-neck", "gcare", "seed-000"]),
    ("U7", "urgent", "Did this back pain start after a minor fall, lift or strain?", LOW_BACK, ["gcare", "downie-2013"]),
    ("U9", "urgent", "Do you have new stiffness in the neck and shoulders that makes lifting both arms hard in the morning, or jaw pain when chewing, or a tender scalp?", NECK + HEAD + ["temporalis", "masseter", "lateral-pterygoid", "medial-pterygoid"], ["mpft-neck", "namtpt"]),
    ("S1", "soon", "Did this back or neck pain start for the first time before age 20 or after age 50?", [], ["gcare"]),
    ("S3", "soon", "Has low back pain lasted more than three months, started before 45, and woken you in the second half of the night or eased with movement?", LOW_BACK, ["nice-ng65"]),
    ("S4", "soon", "Do you have pain in many places at once?", [], ["gcare"]),
    ("S5", "soon", "Do you have pins and needles or numbness down one arm or leg that has not settled after about a week?", [], ["makeitvisible", "seed-000"]),
    ("S6", "soon", "Is the pain constant and getting worse, whatever position you are in or however you move?", [], ["cks-neck"]),
    # Look-alikes of the limbs and the belly, asked for the muscles where they are felt.
    ("L1", "emergency", "With the leg pain, are you suddenly short of breath, or do you have pain in the chest or upper back, a racing heart, or have you passed out?", LEG, ["nhs-pe"]),
    ("L2", "emergency", "Since an injury, a hard workout or a tight bandage or cast, is the muscle's pain severe and getting worse, with swelling, tightness, numbness or pins and needles?", COMPARTMENT, ["nhs-compartment"]),
    ("L3", "urgent", "Is one leg swollen, warm, and red or darker than usual, with a throbbing or cramping pain, usually in the calf?", LEG, ["nhs-dvt"]),
    ("L4", "urgent", "Did the back of your ankle or calf suddenly feel as if it was kicked, or snap, and can you no longer stand on tiptoe on that leg?", ["gastrocnemius", "soleus"], ["lincs-achilles", "bupa-achilles"]),
    ("L5", "emergency", "Is there sudden, severe pain in your tummy or low back, with dizziness, sweaty, pale or clammy skin, a fast heartbeat, or fainting?", BELLY, ["nhs-aaa", "nidirect-ectopic"]),
    ("L6", "urgent", "Is the pain in your back or side, just under the ribs, coming with a high temperature or shivers, feeling sick, pain or burning when you pee, or blood in your pee?", FLANK, ["nhs-kidney"]),
    ("L7", "emergency", "Did a sudden, severe pain start in your chest or upper back that feels like tearing or ripping, perhaps spreading to the neck or down the back?", UPPER_BACK, ["hse-dissection"]),
    ("L8", "soon", "Do the muscles of your calf, thigh or buttock ache when you walk or climb stairs, and ease after a few minutes' rest?", LEG + ["gluteus-maximus", "gluteus-medius"], ["nhs-pad"]),
    ("L9", "urgent", "Has a leg suddenly become cold, pale or numb, or does it hurt all the time even at rest, or can you not move it?", LEG, ["nhs-pad"]),
    ("L10", "urgent", "Could you be pregnant, with tummy pain low down on one side, pain in the tip of your shoulder, or unusual bleeding from the vagina?", LOWER_BELLY + SHOULDER_TIP, ["nidirect-ectopic"]),
    ("L11", "emergency", "Is there a lump in your groin or tummy that has become firm or tender or will not go back in, or sudden severe pain there with being sick or not being able to poo or pass wind?", LOWER_BELLY, ["nhs-hernia"]),
    ("L12", "urgent", "Did severe pain start suddenly in one joint, with swelling, a change of colour of the skin over it, or a high temperature or shivers?", JOINTS, ["nhs-septic-arthritis"]),
    ("L13", "emergency", "After a fall or a blow, does your shoulder look out of shape, square rather than round, and can you not move the arm for pain?", ["deltoid-anterior", "deltoid-middle", "deltoid-posterior", "supraspinatus", "infraspinatus", "teres-minor", "subscapularis"], ["nidirect-shoulder"]),
    ("L14", "emergency", "After a fall or a blow to the side of the hip, can you not stand, put weight on the leg or lift it, or does the leg look shorter or turned outwards?", ["gluteus-maximus", "gluteus-medius", "gluteus-minimus", "piriformis", "tensor-fasciae-latae", "iliopsoas", "pectineus"], ["nhs-hip-fracture"]),
    ("E8", "emergency", "Is there sudden, severe pain in or around one eye, with a red eye, blurred vision or coloured rings around lights, perhaps with feeling sick?", EYE, ["patient-glaucoma"]),
]


# Questions asked again when pain marked in an arm or leg is said to tingle or be numb:
# seed 000, nerve symptoms down an arm or leg need a professional's assessment; S5 and U6
# are the warning signs of such symptoms.
REDFLAG_FELT = {
    "S5": (["tingling", "numb"], ["arm", "hand", "leg", "foot"]),
    "U6": (["tingling", "numb"], ["arm", "hand", "leg", "foot"]),
}

REDFLAG_PLACES = {
    "E1": LOW_BACK_PLACES + ["inner-thigh", "pubic", "groin"],
    "E2": LOW_BACK_PLACES,
    "E4": NECK_PLACES,
    "E5": NECK_PLACES,
    "E6": CHEST_PLACES,
    "U3": LOW_BACK_PLACES,
    "U5": NECK_PLACES,
    "U7": LOW_BACK_PLACES,
    "U9": NECK_PLACES + JAW_PLACES,
    "S3": LOW_BACK_PLACES,
    "C1": NECK_PLACES + LOW_BACK_PLACES + ["upper-spine", "beside-shoulder-blade"],
    "L6": ["side-of-low-back", "low-back", "side-of-back", "side-of-waist"],
    "L7": ["beside-shoulder-blade", "upper-spine", "shoulder-blade"],
    "L10": ["lower-abdomen", "groin", "top-of-shoulder"],
    "L11": ["groin", "lower-abdomen", "pubic"],
    "E8": ["eye", "temple", "forehead"],
}


def atlas_places():
    path = Path(__file__).resolve().parent.parent / "resources" / "body" / "atlas.json"
    return [p["id"] for p in json.loads(path.read_text())["places"]]


def place_ids(stems, known):
    """The ids of the places of these stems: "kneecap" is kneecap-left and kneecap-right."""
    ids = []
    for stem in stems:
        found = [i for i in known if i == stem or i in (f"{stem}-left", f"{stem}-right")]
        if not found:
            raise SystemExit(f"no place {stem} in atlas.json: run tools/make_body_figure.py")
        ids += found
    return ids


def both_sides(stem):
    return [f"{stem}-left", f"{stem}-right"]


# Cautions that every technique of a kind carries, with their sources: a stretch that brings
# pins and needles or numbness stops (seeds 000 and 002: such symptoms need a professional);
# heat and a warm bath are not for a new or swollen injury (seed 002: cold for the acute and
# inflamed, heat for long-standing tension).
KIND_CAUTIONS = {
    "stretch": [("Stop if it brings pins and needles or numbness, and have it checked.", ["seed-000", "seed-002"])],
    "heat": [("Not on a new injury or a swollen, inflamed spot: cold suits those, heat long-standing tension.", ["seed-002"])],
    "bath": [("Not for a new injury or a swollen, inflamed spot in its first days: cold suits those.", ["seed-002"])],
    # Pressing and rolling: the consensus of foam-rolling researchers, and care where bones
    # are weak, bleeding is easy or the skin has lost feeling.
    "pressure": [
        ("Never over an open wound, a broken bone, or a swollen, inflamed spot.", ["bartsch-2021"]),
        ("Ask a clinician first if you have weak bones (osteoporosis), bleed or bruise easily, take blood thinners, or the skin there has lost feeling.", ["hoc-2021"]),
    ],
    "roller": [
        ("Never over an open wound, a broken bone, or a swollen, inflamed spot.", ["bartsch-2021"]),
        ("Ask a clinician first if you have weak bones (osteoporosis), bleed or bruise easily, take blood thinners, or the skin there has lost feeling.", ["hoc-2021"]),
    ],
    "cold": [("Ask a health professional before using cold if you have poor circulation, Raynaud's, a heart condition, or less feeling in the skin there.", ["mpft-cold", "longeaton-ice"])],
    "contrast": [("Ask a health professional first if you have poor circulation, Raynaud's, a heart condition, or less feeling in the skin there.", ["mpft-cold", "longeaton-ice"])],
}

# Cautions of single techniques, each with its source.
HIP_REPLACEMENT = ("After a hip replacement, leave this out until your surgeon or physiotherapist says the new hip may bend past a right angle: hip precautions rule that out for at least six weeks.", ["lhsc-hip"])
ON_YOUR_BACK = ("If you are pregnant: after about 16 weeks, do not do this lying flat on your back.", ["doncaster-pregnancy"])
TECHNIQUE_CAUTIONS = {
    "pigeon": [("After a hip replacement, leave this out until your surgeon or physiotherapist says so: it bends the hip past a right angle and turns it, which hip precautions rule out for at least six weeks.", ["lhsc-hip"])],
    "knee-to-chest": [HIP_REPLACEMENT, ON_YOUR_BACK],
    "childs-pose": [HIP_REPLACEMENT],
    "lying-hamstring-stretch": [ON_YOUR_BACK],
    "bridges": [ON_YOUR_BACK],
    "foam-roller": [ON_YOUR_BACK],
    "two-balls-spine": [("If you are pregnant: after about 16 weeks, lean against a wall for this rather than lying on your back.", ["doncaster-pregnancy"])],
}


def with_kind_cautions(technique):
    tid, name, kind, steps, dose, cautions, sources = technique
    for text, more in KIND_CAUTIONS.get(kind, []) + TECHNIQUE_CAUTIONS.get(tid, []):
        cautions = cautions + [text]
        sources = sources + [s for s in more if s not in sources]
    return tid, name, kind, steps, dose, cautions, sources


def main():
    known = atlas_places()
    zones = [{"id": zid, "name": name, "places": place_ids(stems, known)} for zid, name, stems in ZONES]
    data = {
        "format": 2,
        "about": "Generated by tools/make_knowledge.py; edit that script, not this file.",
        "sources": [{"id": k, "cite": v} for k, v in SOURCES.items()],
        "zones": zones,
        "muscles": [dict({"id": m[0], "name": m[1], "plain": m[2], "area": m[3], "refers": m[4], "sometimes": m[5],
                          "sources": m[6]}, **({"techniques": m[7]} if len(m) > 7 else {}),
                         **({"causes": MUSCLE_CAUSES[m[0]]} if m[0] in MUSCLE_CAUSES else {})) for m in M],
        "causes": [{"id": k, "text": t, "sources": s} for k, (t, s) in CAUSES.items()],
        "techniques": [dict({"id": i, "name": n, "kind": k, "steps": st, "cautions": c, "sources": s}, **dose)
                       for i, n, k, st, dose, c, s in map(with_kind_cautions, T)],
        "areas": [{"id": k, "causes": c, "techniques": t} for k, (c, t) in AREAS.items()],
        "prevention": [{"id": i, "text": t, "sources": s} for i, t, s in PREVENTION],
        "guidance": [{"id": k, "text": t, "sources": s} for k, (t, s) in GUIDANCE.items()],
        "painKinds": {"kinds": PAIN_KINDS, "sources": PAIN_KIND_SOURCES},
        "cautionSites": [{"id": i, "muscles": m, "avoid": a, "text": t, "sources": src}
                         for i, m, a, t, src in CAUTION_SITES],
        "helpLines": [{"country": c, "emergency": e, "urgent": u, "urgentName": n, "sources": src}
                      for c, e, u, n, src in sorted(HELP_LINES)],
        "redFlags": [dict({"id": i, "tier": t, "question": q, "regions": [rid for s in st for rid in both_sides(s)],
                           "places": place_ids(REDFLAG_PLACES.get(i, []), known),
                           "sources": src},
                          **({"feltAs": REDFLAG_FELT[i][0], "feltIn": REDFLAG_FELT[i][1]} if i in REDFLAG_FELT else {}),
                          **({"askIf": REDFLAG_ASK_IF[i]} if i in REDFLAG_ASK_IF else {}),
                          **({"raise": [{"if": f, "tier": rt, "sources": rs} for f, rt, rs in REDFLAG_RAISE[i]]}
                             if i in REDFLAG_RAISE else {}))
                     for i, t, q, st, src in REDFLAGS],
        "historyFacts": [{"id": i, "question": q, "formerIds": f, "sources": src} for i, q, f, src in HISTORY_FACTS],
        "askAgain": ASK_AGAIN,
        "noQuestions": [{"regions": both_sides(stem), "reason": reason} for stem, reason in NO_LOOKALIKE.items()],
    }
    out = Path(__file__).resolve().parent.parent / "resources" / "knowledge" / "knowledge.json"
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(json.dumps(data, indent=1, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
