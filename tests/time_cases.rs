//! The time resolver against expressions in sentences written the way war reports are:
//! one case per line — publication date, sentence, the expression, the interval expected.
//! Publication dates used: 2022-05-17 (a Tuesday), 2022-06-14 (Tuesday), 2022-10-01
//! (Saturday), 2023-01-01 (a Sunday, in ISO week 2022-W52), 2024-02-29 (leap day,
//! Thursday), 2020-12-31 (Thursday, ISO week 2020-W53), 2023-03-01 (Wednesday),
//! 2024-12-30 (Monday, ISO week 2025-W01).

use chrono::NaiveDate;
use dateline::{sentences, time};

/// (published, sentence, expression, start, end)
const CASES: &[(&str, &str, &str, &str, &str)] = &[
    // One of two days is both days as an interval.
    (
        "2024-10-03",
        "Russian forces likely seized Vuhledar on October 1 or 2, analysts said.",
        "October 1 or 2",
        "2024-10-01",
        "2024-10-02",
    ),
    (
        "2022-05-17",
        "The bridge was blown up on 13 or 14 May.",
        "13 or 14 May",
        "2022-05-13",
        "2022-05-14",
    ),
    (
        "2022-05-17",
        "The village fell on Sunday or Monday, officials said.",
        "Sunday or Monday",
        "2022-05-15",
        "2022-05-16",
    ),
    // The General Staff's two-digit years, and Russia's "over the day".
    (
        "2024-06-10",
        "The combat losses of the enemy from 24.02.22 to 10.06.24 were approximately 511,130 personnel.",
        "24.02.22 to 10.06.24",
        "2022-02-24",
        "2024-06-10",
    ),
    (
        "2024-07-20",
        "The Kiev regime lost up to 640 servicemen in that direction over the day.",
        "over the day",
        "2024-07-19",
        "2024-07-20",
    ),
    // The past perfect goes on with the year told just before, across a paragraph break.
    (
        "2015-09-02",
        "In late August 2014, hundreds of Ukrainian soldiers were killed near Ilovaisk.\nThe soldiers had been promised safe passage by Putin on Aug. 29.",
        "Aug. 29",
        "2014-08-29",
        "2014-08-29",
    ),
    // Up to three sentences on.
    (
        "2023-08-30",
        "On August 29, 2014, Ukrainian troops trapped near Ilovaisk began to withdraw. The columns came under fire. At least 366 servicemen were killed.\nThe encirclement had begun days earlier, after Russian army units crossed the border on August 24.",
        "August 24",
        "2014-08-24",
        "2014-08-24",
    ),
    // "later" counts from the date as the year told before makes it.
    (
        "2024-04-08",
        "In April 2014, armed men seized the police station in Sloviansk. Ukrainian forces retook the city on July 5 that year. Eight years later, Russian troops came within 15 kilometres of the city.",
        "Eight years later",
        "2022-07-05",
        "2022-07-05",
    ),
    // An offset from a happening counts from the day the sentence gives the happening, and
    // "after that" from the last date told.
    (
        "2015-02-19",
        "The pull-out came three days after a ceasefire agreed in Minsk was supposed to take effect on Feb. 15.",
        "three days after",
        "2015-02-18",
        "2015-02-18",
    ),
    (
        "2024-02-18",
        "Russian forces entered the town on Friday. Two days after that, they took the coke plant.",
        "Two days after",
        "2024-02-18",
        "2024-02-18",
    ),
    // The war's first day told as a clause; before 2022 "the war" is the war in Donbas.
    (
        "2023-06-28",
        "Kramatorsk has been struck repeatedly since the full-scale invasion began.",
        "the full-scale invasion began",
        "2022-02-24",
        "2022-02-24",
    ),
    (
        "2015-06-28",
        "Schools in Debaltseve have been closed since the war began.",
        "the war began",
        "2014-04-06",
        "2014-04-06",
    ),
    // The start a tally runs from is no day to count "the day before" from.
    (
        "2022-05-26",
        "Haidai said 1,500 people had been killed since the start of the war. Russia said its forces had taken Svitlodarsk the day before.",
        "the day before",
        "2022-05-25",
        "2022-05-25",
    ),
    // "The first half of the year" is of the report's year.
    (
        "2024-08-15",
        "In the first half of the year, 300 civilians were killed in the region.",
        "the first half of the year",
        "2024-01-01",
        "2024-06-30",
    ),
    // "Throughout the night of March 12 to 13" is the night its date names.
    (
        "2024-03-15",
        "Shelling continued throughout the night of March 12 to 13.",
        "March 12 to 13",
        "2024-03-12",
        "2024-03-13",
    ),
    // A month without a year goes on in the year its sentence named with a month or as
    // its frame; a bare year in passing does not carry ("fighting intensified in May").
    (
        "2024-11-10",
        "Russia seized Izium in April 2022; Ukraine retook it in September.",
        "September",
        "2022-09-01",
        "2022-09-30",
    ),
    (
        "2024-11-10",
        "In 2014, rebels seized Sloviansk in April and left it in July.",
        "July",
        "2014-07-01",
        "2014-07-31",
    ),
    (
        "2024-11-10",
        "Russia took Bakhmut in May 2023 and Avdiivka in February.",
        "February",
        "2024-02-01",
        "2024-02-29",
    ),
    (
        "2024-11-10",
        "The war began in 2014 but fighting intensified in May.",
        "May",
        "2024-05-01",
        "2024-05-31",
    ),
    // Two days back, a fortnight, a night across two weekdays.
    // An anniversary of the war: its first day, whole years on.
    (
        "2024-03-01",
        "Russian missiles struck Kharkiv on the second anniversary of Russia's full-scale invasion.",
        "the second anniversary of Russia's full-scale invasion",
        "2024-02-24",
        "2024-02-24",
    ),
    (
        "2015-04-10",
        "Rebels shelled the airport on the 1st anniversary of the war.",
        "the 1st anniversary of the war",
        "2015-04-06",
        "2015-04-06",
    ),
    // A battle that "has lasted for more than a year" runs from a year back.
    (
        "2025-11-03",
        "The battle for Pokrovsk, a key logistics hub, has lasted for more than a year.",
        "a year",
        "2024-11-03",
        "2025-11-03",
    ),
    // Two dates of a report's count, joined as a range, around an aside.
    (
        "2023-01-17",
        "From 24 February 2022, which marked the start of the large-scale armed attack by the Russian Federation, to 15 January 2023, OHCHR recorded 18,358 civilian casualties.",
        "24 February 2022, which marked the start of the large-scale armed attack by the Russian Federation, to 15 January 2023",
        "2022-02-24",
        "2023-01-15",
    ),
    (
        "2023-01-17",
        "Between May 3 and June 2, 2022, ten civilians died.",
        "May 3 and June 2, 2022",
        "2022-05-03",
        "2022-06-02",
    ),
    // A night across two weekdays, told with "overnight".
    (
        "2024-05-13",
        "Overnight Saturday into Sunday, missiles hit Kramatorsk.",
        "Saturday into Sunday",
        "2024-05-11",
        "2024-05-12",
    ),
    // A length ahead of the report runs from it.
    (
        "2024-03-14",
        "Russia may launch a new offensive in the coming weeks, analysts said.",
        "the coming weeks",
        "2024-03-14",
        "2024-04-11",
    ),
    // A date a few days after the publication is in its year, not a year before.
    (
        "2015-02-12",
        "Minsk deal: ceasefire from Feb 15, heavy weapons to be pulled back",
        "Feb 15",
        "2015-02-15",
        "2015-02-15",
    ),
    // A weekday's night into the next day is one night.
    (
        "2024-06-05",
        "Drones hit Kharkiv on Tuesday night into Wednesday, the mayor said.",
        "Tuesday night into Wednesday",
        "2024-06-04",
        "2024-06-05",
    ),
    // "Shortly before 10 p.m." tells when; "by 10 p.m." sets a deadline.
    (
        "2024-06-05",
        "Shortly before 10 p.m. on Monday, a missile hit Kramatorsk.",
        "Monday",
        "2024-06-03",
        "2024-06-03",
    ),
    (
        "2024-06-05",
        "The fighters must leave by 10 p.m. on Monday, the ultimatum said.",
        "Monday",
        "2024-06-10",
        "2024-06-10",
    ),
    // A count of days in words.
    (
        "2024-06-20",
        "In the last ten days, Russian attacks on Vovchansk grew.",
        "last ten days",
        "2024-06-10",
        "2024-06-20",
    ),
    // TASS's "the night before last" and "on the eve" count back from the report.
    (
        "2024-01-16",
        "The night before last, the Ukrainian armed forces shelled the Kuibyshevsky district of Donetsk.",
        "The night before last",
        "2024-01-14",
        "2024-01-15",
    ),
    (
        "2024-01-16",
        "On the eve, Ukrainian forces also fired at Gorlovka, damaging a school.",
        "On the eve",
        "2024-01-15",
        "2024-01-15",
    ),
    // A plan told in the past perfect was one for the past.
    (
        "2022-04-09",
        "Russia's defence ministry denied responsibility, saying its forces had not planned any strikes in Kramatorsk on Friday.",
        "Friday",
        "2022-04-08",
        "2022-04-08",
    ),
    (
        "2022-04-09",
        "Russia's Defence Ministry denied responsibility, saying that Russia had no combat missions planned in Kramatorsk on Friday.",
        "Friday",
        "2022-04-08",
        "2022-04-08",
    ),
    // A weekly summary's "over the week" is the seven days up to it.
    (
        "2024-07-15",
        "Over the week, units of the West group of forces repelled 24 counterattacks near Synkivka.",
        "Over the week",
        "2024-07-08",
        "2024-07-15",
    ),
    // A deadline's clock time before its day: ahead.
    (
        "2022-06-13",
        "Russian troops have demanded that Ukrainian defenders lay down their arms by 8 a.m. Wednesday.",
        "Wednesday",
        "2022-06-15",
        "2022-06-15",
    ),
    (
        "2022-06-13",
        "By 8 a.m. on Wednesday, Ukrainian forces had blown up the bridge.",
        "Wednesday",
        "2022-06-08",
        "2022-06-08",
    ),
    (
        "2024-05-16",
        "On Monday, shelling hit Lyptsi. Drones struck Kharkiv the day before yesterday.",
        "the day before yesterday",
        "2024-05-14",
        "2024-05-14",
    ),
    (
        "2024-05-16",
        "Russian forces advanced near Ocheretyne in the past fortnight.",
        "past fortnight",
        "2024-05-02",
        "2024-05-16",
    ),
    (
        "2024-05-16",
        "The village was retaken a fortnight ago.",
        "a fortnight ago",
        "2024-05-02",
        "2024-05-02",
    ),
    (
        "2024-05-23",
        "Russian forces advanced near Toretsk in the week of May 20.",
        "May 20",
        "2024-05-20",
        "2024-05-26",
    ),
    (
        "2024-05-16",
        "Drones attacked Kharkiv on the night of Saturday into Sunday.",
        "Saturday into Sunday",
        "2024-05-11",
        "2024-05-12",
    ),
    // A time of day read from a word: the day of the nearest date, else the report's.
    (
        "2024-05-16",
        "Sirens sounded in Kharkiv shortly after midnight.",
        "midnight",
        "2024-05-16",
        "2024-05-16",
    ),
    (
        "2024-05-16",
        "The attack lasted until dawn on Wednesday.",
        "dawn",
        "2024-05-15",
        "2024-05-15",
    ),
    (
        "2025-01-15",
        "Since the beginning of the day, 112 people have been evacuated.",
        "the beginning of the day",
        "2025-01-15",
        "2025-01-15",
    ),
    // Parts of the day after or before the last date, and offsets in hours.
    (
        "2024-03-06",
        "On Monday, shelling hit Avdiivka. The next morning, the village fell.",
        "The next morning",
        "2024-03-05",
        "2024-03-05",
    ),
    (
        "2024-03-06",
        "On Monday, drones hit Sumy. The previous evening, a missile hit Kharkiv.",
        "The previous evening",
        "2024-03-03",
        "2024-03-03",
    ),
    (
        "2024-03-06",
        "On Monday, shelling hit Avdiivka. 48 hours later, the village fell.",
        "48 hours later",
        "2024-03-06",
        "2024-03-06",
    ),
    // A weekday with a date in apposition is that date's day, even a week or more back.
    (
        "2025-07-08",
        "The attack on Friday, June 27 killed two people in Kupiansk.",
        "Friday",
        "2025-06-27",
        "2025-06-27",
    ),
    (
        "2025-07-08",
        "Russia launched drones at Kharkiv on Sunday night, July 6, officials said.",
        "Sunday night",
        "2025-07-06",
        "2025-07-06",
    ),
    // An update written after the dateline: July 6 is in the year it is a Sunday.
    (
        "2014-07-05",
        "The militants blew up three bridges near Donetsk on Sunday night, July 6, local authorities reported.",
        "July 6",
        "2014-07-06",
        "2014-07-06",
    ),
    // The war dates itself: the full-scale invasion began on 24 February 2022; before it,
    // "the war" was the war in Donbas, begun in April 2014.
    (
        "2024-08-20",
        "Russia captured Kupiansk at the start of the full-scale invasion.",
        "the start of the full-scale invasion",
        "2022-02-24",
        "2022-03-09",
    ),
    (
        "2024-08-20",
        "In the early days of the war, Russian troops seized Vovchansk.",
        "the early days of the war",
        "2022-02-24",
        "2022-03-02",
    ),
    // "by" a day is a deadline ahead, unless its clause is told in the past.
    (
        "2022-06-11",
        "By early Wednesday, Ukrainian forces had blown up the last bridge near Bilohorivka.",
        "early Wednesday",
        "2022-06-08",
        "2022-06-08",
    ),
    (
        "2022-06-11",
        "Ukrainian troops had withdrawn from Lysychansk by Wednesday.",
        "Wednesday",
        "2022-06-08",
        "2022-06-08",
    ),
    (
        "2022-06-11",
        "Residents were told to leave Sievierodonetsk by Friday.",
        "Friday",
        "2022-06-17",
        "2022-06-17",
    ),
    (
        "2024-09-04",
        "The strike happened on the eve of Independence Day.",
        "the eve of Independence Day",
        "2024-08-23",
        "2024-08-23",
    ),
    // Moscow's name for the invasion.
    (
        "2024-09-03",
        "Since the beginning of the special military operation, 640 aircraft have been destroyed.",
        "the beginning of the special military operation",
        "2022-02-24",
        "2022-03-09",
    ),
    (
        "2024-08-20",
        "Missiles hit Kharkiv on the first day of the invasion.",
        "the first day of the invasion",
        "2022-02-24",
        "2022-02-24",
    ),
    (
        "2024-08-20",
        "Since Russia's full-scale invasion, 1,000 civilians were killed in the region.",
        "Russia's full-scale invasion",
        "2022-02-24",
        "2022-02-24",
    ),
    (
        "2016-05-10",
        "Debaltseve has been shelled since the beginning of the war.",
        "the beginning of the war",
        "2014-04-06",
        "2014-04-19",
    ),
    // Bare weekdays in past-tense reports: the most recent one, the publication day included.
    (
        "2025-03-03",
        "In 2014, separatists seized Sloviansk before Ukrainian forces retook it in July of that year.",
        "July",
        "2014-07-01",
        "2014-07-31",
    ),
    // Parts of weeks and ranges of weekdays.
    (
        "2022-05-17",
        "Late last week Russia claimed it had captured the village.",
        "Late last week",
        "2022-05-12",
        "2022-05-15",
    ),
    (
        "2022-05-17",
        "Shelling eased early last week, residents said.",
        "early last week",
        "2022-05-09",
        "2022-05-11",
    ),
    (
        "2022-05-17",
        "From Saturday to Monday, troops repelled 40 attacks near Chasiv Yar.",
        "Saturday to Monday",
        "2022-05-14",
        "2022-05-16",
    ),
    (
        "2022-05-17",
        "Earlier in the week, the governor ordered an evacuation.",
        "Earlier in the week",
        "2022-05-16",
        "2022-05-17",
    ),
    (
        "2022-05-17",
        "An LPR official claimed Tuesday that 16,000 soldiers were encircled.",
        "Tuesday",
        "2022-05-17",
        "2022-05-17",
    ),
    (
        "2022-05-17",
        "A Ukrainian outlet reported Sunday that Russia was advancing.",
        "Sunday",
        "2022-05-15",
        "2022-05-15",
    ),
    (
        "2022-05-17",
        "A senior U.S. defense official said Monday that Ukraine had advanced.",
        "Monday",
        "2022-05-16",
        "2022-05-16",
    ),
    (
        "2022-05-17",
        "The governor said on Saturday that two people were killed.",
        "Saturday",
        "2022-05-14",
        "2022-05-14",
    ),
    (
        "2022-05-17",
        "Missiles struck the depot on Friday, officials said.",
        "Friday",
        "2022-05-13",
        "2022-05-13",
    ),
    (
        "2022-05-17",
        "The bridge was blown up Thursday night.",
        "Thursday night",
        "2022-05-12",
        "2022-05-12",
    ),
    (
        "2022-05-17",
        "Explosions were heard in Belgorod on Wednesday.",
        "Wednesday",
        "2022-05-11",
        "2022-05-11",
    ),
    (
        "2022-05-17",
        "The ministry confirmed the losses on Tuesday.",
        "Tuesday",
        "2022-05-17",
        "2022-05-17",
    ),
    (
        "2022-05-17",
        "Last Friday, shelling killed three civilians in Kharkiv.",
        "Last Friday",
        "2022-05-13",
        "2022-05-13",
    ),
    (
        "2022-05-17",
        "The town changed hands last Tuesday.",
        "last Tuesday",
        "2022-05-10",
        "2022-05-10",
    ),
    (
        "2022-05-17",
        "Russian troops pulled back late Sunday.",
        "late Sunday",
        "2022-05-15",
        "2022-05-15",
    ),
    (
        "2022-05-17",
        "Shelling resumed early Monday morning.",
        "early Monday morning",
        "2022-05-16",
        "2022-05-16",
    ),
    (
        "2022-05-17",
        "On Sunday evening, a missile hit the oil depot.",
        "Sunday evening",
        "2022-05-15",
        "2022-05-15",
    ),
    (
        "2022-05-17",
        "Since Friday, the city has been without power.",
        "Friday",
        "2022-05-13",
        "2022-05-13",
    ),
    (
        "2022-05-17",
        "This Monday the evacuation buses left the plant.",
        "This Monday",
        "2022-05-16",
        "2022-05-16",
    ),
    (
        "2022-06-14",
        "Zelenskiy said on Tuesday that losses were painful.",
        "Tuesday",
        "2022-06-14",
        "2022-06-14",
    ),
    (
        "2022-06-14",
        "The bridge was destroyed on Sunday, the governor said.",
        "Sunday",
        "2022-06-12",
        "2022-06-12",
    ),
    (
        "2022-06-14",
        "Fighting intensified over Saturday and Sunday.",
        "Saturday",
        "2022-06-11",
        "2022-06-11",
    ),
    (
        "2022-10-01",
        "Moscow said Saturday that it had withdrawn its troops from Lyman.",
        "Saturday",
        "2022-10-01",
        "2022-10-01",
    ),
    (
        "2022-10-01",
        "Putin announced Friday that four regions would be annexed.",
        "Friday",
        "2022-09-30",
        "2022-09-30",
    ),
    (
        "2022-10-01",
        "Ukrainian forces entered the village on Thursday.",
        "Thursday",
        "2022-09-29",
        "2022-09-29",
    ),
    (
        "2022-10-01",
        "The referendums ended on Tuesday.",
        "Tuesday",
        "2022-09-27",
        "2022-09-27",
    ),
    (
        "2023-01-01",
        "A missile barrage hit Kyiv on Saturday.",
        "Saturday",
        "2022-12-31",
        "2022-12-31",
    ),
    (
        "2023-01-01",
        "Officials said Sunday that drones had been shot down.",
        "Sunday",
        "2023-01-01",
        "2023-01-01",
    ),
    (
        "2023-01-01",
        "The strike on Makiivka came on Sunday, Kyiv said.",
        "Sunday",
        "2023-01-01",
        "2023-01-01",
    ),
    (
        "2023-01-01",
        "On Monday, the power grid was hit again.",
        "Monday",
        "2022-12-26",
        "2022-12-26",
    ),
    (
        "2024-02-29",
        "Russia said Wednesday it had captured the village.",
        "Wednesday",
        "2024-02-28",
        "2024-02-28",
    ),
    (
        "2024-02-29",
        "Avdiivka fell on Saturday after months of fighting.",
        "Saturday",
        "2024-02-24",
        "2024-02-24",
    ),
    (
        "2024-02-29",
        "The general staff reported Thursday that attacks were repelled.",
        "Thursday",
        "2024-02-29",
        "2024-02-29",
    ),
    (
        "2023-03-01",
        "Wagner fighters advanced on Tuesday, the group said.",
        "Tuesday",
        "2023-02-28",
        "2023-02-28",
    ),
    (
        "2023-03-01",
        "The city was shelled on Sunday.",
        "Sunday",
        "2023-02-26",
        "2023-02-26",
    ),
    // Future: by/until/before a weekday, modal and scheduling verbs, next.
    (
        "2022-06-14",
        "Russia demanded that the fighters lay down their arms by early Wednesday.",
        "early Wednesday",
        "2022-06-15",
        "2022-06-15",
    ),
    (
        "2022-06-14",
        "The topic is expected to feature at a meeting of NATO defence ministers on Wednesday.",
        "Wednesday",
        "2022-06-15",
        "2022-06-15",
    ),
    (
        "2022-06-14",
        "The corridor will open on Thursday, Moscow said.",
        "Thursday",
        "2022-06-16",
        "2022-06-16",
    ),
    (
        "2022-06-14",
        "The EU leaders will meet on Friday to discuss candidacy.",
        "Friday",
        "2022-06-17",
        "2022-06-17",
    ),
    (
        "2022-06-14",
        "Talks are scheduled for Monday in Istanbul.",
        "Monday",
        "2022-06-20",
        "2022-06-20",
    ),
    (
        "2022-06-14",
        "The deadline expires on Sunday.",
        "Sunday",
        "2022-06-19",
        "2022-06-19",
    ),
    (
        "2022-06-14",
        "Civilians must leave until Saturday.",
        "Saturday",
        "2022-06-18",
        "2022-06-18",
    ),
    (
        "2022-06-14",
        "The governor said evacuation trains would run on Friday.",
        "Friday",
        "2022-06-17",
        "2022-06-17",
    ),
    (
        "2022-06-14",
        "Kyiv is set to receive the howitzers on Thursday.",
        "Thursday",
        "2022-06-16",
        "2022-06-16",
    ),
    (
        "2022-06-14",
        "The ministers are due to meet on Wednesday.",
        "Wednesday",
        "2022-06-15",
        "2022-06-15",
    ),
    (
        "2022-06-14",
        "Ukraine plans to hold talks next Tuesday.",
        "next Tuesday",
        "2022-06-21",
        "2022-06-21",
    ),
    (
        "2022-06-14",
        "Moscow is going to announce the results on Friday.",
        "Friday",
        "2022-06-17",
        "2022-06-17",
    ),
    (
        "2022-06-14",
        "The prisoners must be released before Friday.",
        "Friday",
        "2022-06-17",
        "2022-06-17",
    ),
    (
        "2022-05-17",
        "The parliament will vote on the bill on Thursday.",
        "Thursday",
        "2022-05-19",
        "2022-05-19",
    ),
    (
        "2022-05-17",
        "Officials expect the convoy to arrive by Friday.",
        "Friday",
        "2022-05-20",
        "2022-05-20",
    ),
    (
        "2022-05-17",
        "The summit is scheduled to open next Monday.",
        "next Monday",
        "2022-05-23",
        "2022-05-23",
    ),
    // "Today" in a quotation is the day its speaker spoke, when the sentence before dates
    // that speaker's statement; another speaker's "today" is the paper's.
    (
        "2023-05-21",
        "Prigozhin claimed on Saturday that his forces had taken Bakhmut. \"Today at 12:00 Bakhmut was taken completely,\" Prigozhin said.",
        "Today",
        "2023-05-20",
        "2023-05-20",
    ),
    (
        "2023-05-21",
        "Russia said on Saturday it had taken Bakhmut. \"Today our troops left the city,\" Zelenskiy said.",
        "Today",
        "2023-05-21",
        "2023-05-21",
    ),
    // A retrospective: a date of a month without its year, in the paragraph that named the
    // year, is of that year; "ten years ago this week" is that week ten years back.
    (
        "2024-08-29",
        "The battle began in early August 2014. By August 24, Russian units had crossed the border.",
        "August 24",
        "2014-08-24",
        "2014-08-24",
    ),
    (
        "2024-08-29",
        "Ten years ago this week, hundreds of Ukrainian soldiers were killed near Ilovaisk.",
        "Ten years ago this week",
        "2014-08-26",
        "2014-09-01",
    ),
    // A perfect tense with a length of time, however long its object.
    (
        "2022-06-28",
        "They have been storming the Lysychansk oil refinery for several days.",
        "several days",
        "2022-06-25",
        "2022-06-28",
    ),
    // "That night" and "the same evening" are on the last date told.
    (
        "2024-06-12",
        "Russia captured Avdiivka on Saturday. That night, it shelled Kharkiv.",
        "That night",
        "2024-06-08",
        "2024-06-08",
    ),
    // A part of a year named relative to the paper's: thirds and halves, as of a year
    // written out.
    (
        "2024-06-12",
        "Fighting eased late last year.",
        "late last year",
        "2023-09-01",
        "2023-12-31",
    ),
    (
        "2024-06-12",
        "Russia plans an offensive in the second half of this year.",
        "the second half of this year",
        "2024-07-01",
        "2024-12-31",
    ),
    // A wire story names the day it is written by its weekday: "will meet again on
    // Tuesday" in a Tuesday paper is later that day; "next Tuesday" is the week after.
    (
        "2022-05-17",
        "Negotiators will meet again on Tuesday.",
        "Tuesday",
        "2022-05-17",
        "2022-05-17",
    ),
    (
        "2022-05-17",
        "Negotiators will meet again next Tuesday.",
        "next Tuesday",
        "2022-05-24",
        "2022-05-24",
    ),
    (
        "2022-10-01",
        "The annexation is expected to be approved by parliament on Monday.",
        "Monday",
        "2022-10-03",
        "2022-10-03",
    ),
    (
        "2022-10-01",
        "Troops must withdraw by Sunday, the statement said.",
        "Sunday",
        "2022-10-02",
        "2022-10-02",
    ),
    (
        "2022-10-01",
        "The Duma will ratify the treaties next week.",
        "next week",
        "2022-10-03",
        "2022-10-09",
    ),
    (
        "2022-10-01",
        "The treaties will be signed next month.",
        "next month",
        "2022-11-01",
        "2022-11-30",
    ),
    (
        "2023-01-01",
        "The next aid package will arrive on Tuesday.",
        "Tuesday",
        "2023-01-03",
        "2023-01-03",
    ),
    (
        "2023-01-01",
        "Officials expect another barrage next week.",
        "next week",
        "2023-01-02",
        "2023-01-08",
    ),
    (
        "2024-02-29",
        "The EU is expected to approve the sanctions on Friday.",
        "Friday",
        "2024-03-01",
        "2024-03-01",
    ),
    (
        "2024-02-29",
        "Ministers will meet in March to discuss ammunition.",
        "March",
        "2024-03-01",
        "2024-03-31",
    ),
    (
        "2022-05-17",
        "Sweden and Finland will apply to join NATO in June.",
        "June",
        "2022-06-01",
        "2022-06-30",
    ),
    (
        "2022-05-17",
        "The referendum is planned for late May.",
        "late May",
        "2022-05-21",
        "2022-05-31",
    ),
    (
        "2022-06-14",
        "The counteroffensive is expected to begin this summer.",
        "this summer",
        "2022-06-01",
        "2022-08-31",
    ),
    (
        "2022-06-14",
        "A decision is due next year.",
        "next year",
        "2023-01-01",
        "2023-12-31",
    ),
    (
        "2022-06-14",
        "Deliveries will continue later this month.",
        "later this month",
        "2022-06-14",
        "2022-06-30",
    ),
    (
        "2022-06-14",
        "The minister will travel to Kyiv later this week.",
        "later this week",
        "2022-06-14",
        "2022-06-19",
    ),
    (
        "2022-06-14",
        "Ukraine will hold talks later this year.",
        "later this year",
        "2022-06-14",
        "2022-12-31",
    ),
    (
        "2022-10-01",
        "The mobilization will end next weekend.",
        "next weekend",
        "2022-10-08",
        "2022-10-09",
    ),
    (
        "2022-05-17",
        "The grain corridor will reopen on June 1.",
        "June 1",
        "2022-06-01",
        "2022-06-01",
    ),
    (
        "2023-03-01",
        "The offensive will start in the spring.",
        "spring",
        "2023-03-01",
        "2023-05-31",
    ),
    // Yesterday, today, tonight, overnight, last night, this morning.
    (
        "2022-05-17",
        "The city was shelled yesterday.",
        "yesterday",
        "2022-05-16",
        "2022-05-16",
    ),
    (
        "2022-05-17",
        "Kharkiv is quiet today, residents said.",
        "today",
        "2022-05-17",
        "2022-05-17",
    ),
    (
        "2022-05-17",
        "Air raid sirens sounded overnight across Ukraine.",
        "overnight",
        "2022-05-16",
        "2022-05-17",
    ),
    (
        "2022-05-17",
        "Explosions rocked the city last night.",
        "last night",
        "2022-05-16",
        "2022-05-16",
    ),
    (
        "2022-05-17",
        "Shelling began this morning in Sievierodonetsk.",
        "this morning",
        "2022-05-17",
        "2022-05-17",
    ),
    (
        "2022-05-17",
        "The president will speak tonight.",
        "tonight",
        "2022-05-17",
        "2022-05-17",
    ),
    (
        "2022-06-14",
        "In a late night address, Zelenskiy asked for weapons.",
        "late night",
        "2022-06-14",
        "2022-06-14",
    ),
    (
        "2022-10-01",
        "Videos circulating online earlier in the day showed troops.",
        "earlier in the day",
        "2022-10-01",
        "2022-10-01",
    ),
    (
        "2022-10-01",
        "The ministry confirmed it later in the day.",
        "later in the day",
        "2022-10-01",
        "2022-10-01",
    ),
    (
        "2022-10-01",
        "Moscow announced the withdrawal earlier today.",
        "earlier today",
        "2022-10-01",
        "2022-10-01",
    ),
    (
        "2023-01-01",
        "Drones attacked Kyiv overnight into New Year's Day.",
        "overnight",
        "2022-12-31",
        "2023-01-01",
    ),
    (
        "2023-01-01",
        "Explosions were reported yesterday in Kyiv.",
        "yesterday",
        "2022-12-31",
        "2022-12-31",
    ),
    (
        "2024-02-29",
        "Russian strikes hit Odesa yesterday.",
        "yesterday",
        "2024-02-28",
        "2024-02-28",
    ),
    (
        "2023-03-01",
        "Power was restored yesterday.",
        "yesterday",
        "2023-02-28",
        "2023-02-28",
    ),
    (
        "2020-12-31",
        "Shelling was reported this afternoon near Donetsk.",
        "this afternoon",
        "2020-12-31",
        "2020-12-31",
    ),
    // Narrative anchors: the day before, the next day, N days later.
    (
        "2022-05-17",
        "Troops entered the village on Friday. The next day, they pulled out.",
        "The next day",
        "2022-05-14",
        "2022-05-14",
    ),
    (
        "2022-05-17",
        "The plant was hit on Sunday. The day before, the bridge had collapsed.",
        "The day before",
        "2022-05-14",
        "2022-05-14",
    ),
    (
        "2022-05-17",
        "Shelling began on May 3. Two days later, the town fell.",
        "Two days later",
        "2022-05-05",
        "2022-05-05",
    ),
    (
        "2022-05-17",
        "The siege started on March 1. A week later, the corridor opened.",
        "A week later",
        "2022-03-08",
        "2022-03-08",
    ),
    (
        "2022-05-17",
        "The attack came on Saturday. The following day, civilians fled.",
        "The following day",
        "2022-05-15",
        "2022-05-15",
    ),
    (
        "2022-10-01",
        "Kyiv recaptured Izium on Sept. 10. Three days later, mass graves were found.",
        "Three days later",
        "2022-09-13",
        "2022-09-13",
    ),
    (
        "2022-10-01",
        "The referendums ended on Sept. 27. The previous day, shelling hit Donetsk.",
        "The previous day",
        "2022-09-26",
        "2022-09-26",
    ),
    (
        "2023-01-01",
        "The strike came on Dec. 31. The same day, Kyiv was hit.",
        "The same day",
        "2022-12-31",
        "2022-12-31",
    ),
    // Explicit dates: every common form, the year from the publication date and the tense.
    (
        "2022-05-17",
        "Russia invaded on Feb. 24, 2022, from three sides.",
        "Feb. 24, 2022",
        "2022-02-24",
        "2022-02-24",
    ),
    (
        "2022-05-17",
        "The invasion began on February 24.",
        "February 24",
        "2022-02-24",
        "2022-02-24",
    ),
    (
        "2022-05-17",
        "The theatre was bombed on 16 March.",
        "16 March",
        "2022-03-16",
        "2022-03-16",
    ),
    (
        "2022-05-17",
        "The evacuation began May 6, officials said.",
        "May 6",
        "2022-05-06",
        "2022-05-06",
    ),
    (
        "2022-05-17",
        "The decree of 24.02.2022 introduced martial law.",
        "24.02.2022",
        "2022-02-24",
        "2022-02-24",
    ),
    (
        "2022-05-17",
        "The order is dated 2022-02-24 in the archive.",
        "2022-02-24",
        "2022-02-24",
        "2022-02-24",
    ),
    (
        "2022-05-17",
        "Kherson was occupied on March 2nd.",
        "March 2nd",
        "2022-03-02",
        "2022-03-02",
    ),
    (
        "2022-05-17",
        "On the 24th of February 2022 the war began.",
        "24th of February 2022",
        "2022-02-24",
        "2022-02-24",
    ),
    (
        "2022-05-17",
        "The minister spoke on Aug. 24, 2021, in Kyiv.",
        "Aug. 24, 2021",
        "2021-08-24",
        "2021-08-24",
    ),
    (
        "2022-05-17",
        "The talks collapsed on Dec. 10.",
        "Dec. 10",
        "2021-12-10",
        "2021-12-10",
    ),
    (
        "2022-05-17",
        "Troops massed on the border in November 2021.",
        "November 2021",
        "2021-11-01",
        "2021-11-30",
    ),
    (
        "2022-10-01",
        "The counteroffensive began on Sept. 6.",
        "Sept. 6",
        "2022-09-06",
        "2022-09-06",
    ),
    (
        "2022-10-01",
        "Izium was liberated on September 10.",
        "September 10",
        "2022-09-10",
        "2022-09-10",
    ),
    (
        "2023-01-01",
        "The strike on Dec. 31 killed one person.",
        "Dec. 31",
        "2022-12-31",
        "2022-12-31",
    ),
    (
        "2023-01-01",
        "The battle for Bakhmut intensified on Dec. 20.",
        "Dec. 20",
        "2022-12-20",
        "2022-12-20",
    ),
    (
        "2023-03-01",
        "Russia launched the attack on Feb. 28.",
        "Feb. 28",
        "2023-02-28",
        "2023-02-28",
    ),
    (
        "2024-02-29",
        "The leap-day decree was signed on Feb. 29, 2024.",
        "Feb. 29, 2024",
        "2024-02-29",
        "2024-02-29",
    ),
    (
        "2024-02-29",
        "Avdiivka fell on Feb. 17.",
        "Feb. 17",
        "2024-02-17",
        "2024-02-17",
    ),
    (
        "2024-02-29",
        "The dam was destroyed on June 6, 2023.",
        "June 6, 2023",
        "2023-06-06",
        "2023-06-06",
    ),
    (
        "2024-02-29",
        "The document is dated 29.02.2024.",
        "29.02.2024",
        "2024-02-29",
        "2024-02-29",
    ),
    (
        "2020-12-31",
        "The ceasefire took effect on July 27.",
        "July 27",
        "2020-07-27",
        "2020-07-27",
    ),
    (
        "2020-12-31",
        "The exchange happened on Dec. 29.",
        "Dec. 29",
        "2020-12-29",
        "2020-12-29",
    ),
    (
        "2024-12-30",
        "Kurakhove was stormed on Dec. 26.",
        "Dec. 26",
        "2024-12-26",
        "2024-12-26",
    ),
    // Ranges and since.
    (
        "2022-05-17",
        "Shelling went on between May 9 and 12 near Izium.",
        "May 9 and 12",
        "2022-05-09",
        "2022-05-12",
    ),
    (
        "2022-05-17",
        "Talks were held May 10-12 in Istanbul.",
        "May 10-12",
        "2022-05-10",
        "2022-05-12",
    ),
    (
        "2022-05-17",
        "The city has been cut off since May 8.",
        "since May 8",
        "2022-05-08",
        "2022-05-17",
    ),
    (
        "2022-05-17",
        "From April 28 to May 2, the plant was bombarded.",
        "April 28 to May 2",
        "2022-04-28",
        "2022-05-02",
    ),
    (
        "2022-10-01",
        "The referendums ran from September 23 to 27.",
        "September 23 to 27",
        "2022-09-23",
        "2022-09-27",
    ),
    (
        "2023-01-01",
        "Strikes hit the grid between Dec. 29 and 31.",
        "Dec. 29 and 31",
        "2022-12-29",
        "2022-12-31",
    ),
    (
        "2022-06-14",
        "The town has been under siege since March 5.",
        "since March 5",
        "2022-03-05",
        "2022-06-14",
    ),
    // Month parts.
    (
        "2024-03-08",
        "Russia has fired more than 3,000 glide bombs since the start of the year.",
        "the start of the year",
        "2024-01-01",
        "2024-01-10",
    ),
    (
        "2024-03-08",
        "The village fell at the end of last year.",
        "the end of last year",
        "2023-12-21",
        "2023-12-31",
    ),
    (
        "2024-03-08",
        "Artillery fire hit Selydove late last month.",
        "late last month",
        "2024-02-21",
        "2024-02-29",
    ),
    (
        "2024-03-08",
        "Fighting raged around Orlivka in the first week of March.",
        "the first week of March",
        "2024-03-01",
        "2024-03-07",
    ),
    (
        "2023-06-10",
        "Ukraine's counteroffensive began in the last week of May.",
        "the last week of May",
        "2023-05-25",
        "2023-05-31",
    ),
    (
        "2023-06-10",
        "More strikes are expected early next month.",
        "early next month",
        "2023-07-01",
        "2023-07-10",
    ),
    (
        "2022-06-14",
        "Those inside surrendered in mid-May.",
        "mid-May",
        "2022-05-11",
        "2022-05-20",
    ),
    (
        "2022-05-26",
        "Moscow recognized them in late February.",
        "late February",
        "2022-02-21",
        "2022-02-28",
    ),
    (
        "2022-05-17",
        "Troops withdrew from Kyiv in early April.",
        "early April",
        "2022-04-01",
        "2022-04-10",
    ),
    (
        "2022-05-17",
        "The siege began in early March.",
        "early March",
        "2022-03-01",
        "2022-03-10",
    ),
    (
        "2022-10-01",
        "Kherson was cut off in late July.",
        "late July",
        "2022-07-21",
        "2022-07-31",
    ),
    (
        "2022-10-01",
        "The offensive started at the beginning of September.",
        "the beginning of September",
        "2022-09-01",
        "2022-09-10",
    ),
    (
        "2022-10-01",
        "The first strikes came at the end of August.",
        "the end of August",
        "2022-08-21",
        "2022-08-31",
    ),
    (
        "2022-10-01",
        "Fighting peaked in the middle of August.",
        "the middle of August",
        "2022-08-11",
        "2022-08-20",
    ),
    (
        "2022-10-01",
        "Kyiv received HIMARS in the first half of June.",
        "the first half of June",
        "2022-06-01",
        "2022-06-15",
    ),
    (
        "2022-10-01",
        "Supplies dwindled in the second half of September.",
        "the second half of September",
        "2022-09-16",
        "2022-09-30",
    ),
    (
        "2023-01-01",
        "The attacks escalated in late December.",
        "late December",
        "2022-12-21",
        "2022-12-31",
    ),
    (
        "2023-03-01",
        "Russia's winter offensive began in late January.",
        "late January",
        "2023-01-21",
        "2023-01-31",
    ),
    (
        "2024-02-29",
        "Reinforcements arrived in late February.",
        "late February",
        "2024-02-21",
        "2024-02-29",
    ),
    (
        "2023-03-01",
        "The town fell at the end of February.",
        "the end of February",
        "2023-02-21",
        "2023-02-28",
    ),
    (
        "2022-05-17",
        "Ukraine retook the villages in late March 2022.",
        "late March 2022",
        "2022-03-21",
        "2022-03-31",
    ),
    (
        "2024-12-30",
        "The front moved in early December.",
        "early December",
        "2024-12-01",
        "2024-12-10",
    ),
    // Weeks.
    (
        "2022-05-26",
        "2,439 soldiers reportedly surrendered last week.",
        "last week",
        "2022-05-16",
        "2022-05-22",
    ),
    (
        "2022-05-19",
        "Soldiers have surrendered from the plant this week.",
        "this week",
        "2022-05-16",
        "2022-05-22",
    ),
    (
        "2022-10-01",
        "The annexation will be approved next week.",
        "next week",
        "2022-10-03",
        "2022-10-09",
    ),
    (
        "2022-05-17",
        "The town was shelled earlier this week.",
        "earlier this week",
        "2022-05-16",
        "2022-05-17",
    ),
    (
        "2022-05-17",
        "Attacks intensified over the weekend.",
        "the weekend",
        "2022-05-14",
        "2022-05-15",
    ),
    (
        "2024-08-26",
        "On Independence Day, Russian missiles struck Kharkiv.",
        "Independence Day",
        "2024-08-24",
        "2024-08-24",
    ),
    (
        "2024-12-26",
        "Russia launched more than 70 missiles at Ukraine's energy system on Christmas morning.",
        "Christmas morning",
        "2024-12-25",
        "2024-12-25",
    ),
    (
        "2024-08-26",
        "Ukraine will mark Independence Day under fire.",
        "Independence Day",
        "2025-08-24",
        "2025-08-24",
    ),
    (
        "2024-01-03",
        "On New Year's Eve, drones hit Kharkiv.",
        "New Year's Eve",
        "2023-12-31",
        "2023-12-31",
    ),
    (
        "2024-08-26",
        "This past weekend, Russia shelled Kupiansk.",
        "This past weekend",
        "2024-08-24",
        "2024-08-25",
    ),
    (
        "2024-08-26",
        "In the first days of June, Russia attacked Vovchansk.",
        "the first days of June",
        "2024-06-01",
        "2024-06-05",
    ),
    (
        "2024-08-26",
        "In the last days of July, Russia shelled Toretsk.",
        "the last days of July",
        "2024-07-27",
        "2024-07-31",
    ),
    (
        "2024-08-26",
        "Russia has advanced near Pokrovsk since late 2023.",
        "late 2023",
        "2023-09-01",
        "2023-12-31",
    ),
    (
        "2024-08-26",
        "In early 2024, Russia captured Avdiivka.",
        "early 2024",
        "2024-01-01",
        "2024-04-30",
    ),
    (
        "2024-08-26",
        "At the end of 2023, Russia shelled Kherson.",
        "the end of 2023",
        "2023-12-21",
        "2023-12-31",
    ),
    (
        "2024-08-26",
        "Ukraine's losses mounted in the first half of 2024.",
        "the first half of 2024",
        "2024-01-01",
        "2024-06-30",
    ),
    (
        "2024-08-19",
        "Selydove came under heavy shelling at the start of the month, officials said.",
        "the start of the month",
        "2024-08-01",
        "2024-08-10",
    ),
    (
        "2024-08-19",
        "Troops withdrew from Berdychi at the end of the month.",
        "the end of the month",
        "2024-07-21",
        "2024-07-31",
    ),
    (
        "2024-08-19",
        "Russia wants to take Pokrovsk by the end of the month.",
        "the end of the month",
        "2024-08-21",
        "2024-08-31",
    ),
    (
        "2025-01-02",
        "On New Year's night, Russian drones hit Kharkiv.",
        "New Year's night",
        "2024-12-31",
        "2025-01-01",
    ),
    (
        "2025-01-08",
        "Russian troops shelled Kherson on Orthodox Christmas.",
        "Orthodox Christmas",
        "2025-01-07",
        "2025-01-07",
    ),
    // A winter named by the two years it spans starts in the first.
    (
        "2024-06-12",
        "During the winter of 2022-23, Russia struck power plants across Ukraine.",
        "winter of 2022-23",
        "2022-12-01",
        "2023-02-28",
    ),
    // "As expected" is an aside, not the future.
    (
        "2024-06-12",
        "As expected, Russian troops attacked Pokrovsk on Monday.",
        "Monday",
        "2024-06-10",
        "2024-06-10",
    ),
    // A half of the month a monthly report covers: of the month its last date named.
    (
        "2024-07-10",
        "On 22 June, an aerial bomb struck Kharkiv. Attacks on Toretsk intensified in the second half of the month.",
        "the second half of the month",
        "2024-06-16",
        "2024-06-30",
    ),
    (
        "2024-07-10",
        "Shelling of Kupiansk eased in the first half of last month.",
        "the first half of last month",
        "2024-06-01",
        "2024-06-15",
    ),
    (
        "2023-10-20",
        "Russian forces struck Zaporizhzhia with an S-300 missile overnight on October 19 to 20.",
        "October 19 to 20",
        "2023-10-19",
        "2023-10-20",
    ),
    (
        "2024-11-20",
        "On the 1,000th day of the war, Russian missiles struck Sumy.",
        "the 1,000th day of the war",
        "2024-11-19",
        "2024-11-19",
    ),
    (
        "2022-06-05",
        "On the 100th day of Russia's invasion, troops fought in Sievierodonetsk.",
        "the 100th day of Russia's invasion",
        "2022-06-03",
        "2022-06-03",
    ),
    (
        "2024-11-20",
        "In the first hours of the invasion, missiles hit Kharkiv.",
        "the first hours of the invasion",
        "2022-02-24",
        "2022-02-24",
    ),
    (
        "2024-02-29",
        "At the start of the week, Russia shelled Siversk.",
        "the start of the week",
        "2024-02-26",
        "2024-02-28",
    ),
    (
        "2022-05-17",
        "Explosions were heard last weekend in Belgorod.",
        "last weekend",
        "2022-05-14",
        "2022-05-15",
    ),
    (
        "2022-10-01",
        "Heavy fighting continued this weekend.",
        "this weekend",
        "2022-10-01",
        "2022-10-02",
    ),
    (
        "2022-10-01",
        "Rallies were held over the weekend.",
        "the weekend",
        "2022-10-01",
        "2022-10-02",
    ),
    (
        "2023-01-01",
        "Kyiv was attacked this week.",
        "this week",
        "2022-12-26",
        "2023-01-01",
    ),
    (
        "2023-01-01",
        "The barrage last week hit the power grid.",
        "last week",
        "2022-12-19",
        "2022-12-25",
    ),
    (
        "2020-12-31",
        "Ceasefire violations rose this week.",
        "this week",
        "2020-12-28",
        "2021-01-03",
    ),
    (
        "2020-12-31",
        "Talks stalled last week.",
        "last week",
        "2020-12-21",
        "2020-12-27",
    ),
    (
        "2024-12-30",
        "Strikes hit Kharkiv last week.",
        "last week",
        "2024-12-23",
        "2024-12-29",
    ),
    (
        "2024-12-30",
        "Kurakhove fell this week.",
        "this week",
        "2024-12-30",
        "2025-01-05",
    ),
    (
        "2024-02-29",
        "The bridge was hit this week.",
        "this week",
        "2024-02-26",
        "2024-03-03",
    ),
    (
        "2022-06-14",
        "Russia shelled the city the previous week.",
        "previous week",
        "2022-06-06",
        "2022-06-12",
    ),
    // Months, years and seasons on their own.
    (
        "2022-05-19",
        "Russia's invasion began in February.",
        "February",
        "2022-02-01",
        "2022-02-28",
    ),
    (
        "2022-05-17",
        "The city was encircled in March.",
        "March",
        "2022-03-01",
        "2022-03-31",
    ),
    (
        "2022-05-17",
        "Kiselev claimed commanders left the area last month.",
        "last month",
        "2022-04-01",
        "2022-04-30",
    ),
    (
        "2022-05-17",
        "Shelling has intensified this month.",
        "this month",
        "2022-05-01",
        "2022-05-31",
    ),
    (
        "2022-10-01",
        "Ukraine recaptured Kharkiv region earlier this month.",
        "earlier this month",
        "2022-09-01",
        "2022-09-30",
    ),
    (
        "2022-10-15",
        "Ukraine recaptured the villages earlier this month.",
        "earlier this month",
        "2022-10-01",
        "2022-10-15",
    ),
    (
        "2023-01-01",
        "The strikes began last month.",
        "last month",
        "2022-12-01",
        "2022-12-31",
    ),
    (
        "2023-03-01",
        "Fighting for Bakhmut intensified last month.",
        "last month",
        "2023-02-01",
        "2023-02-28",
    ),
    (
        "2024-02-29",
        "Avdiivka fell earlier this month.",
        "earlier this month",
        "2024-02-01",
        "2024-02-29",
    ),
    (
        "2022-05-17",
        "Russia annexed Crimea in 2014 after a referendum.",
        "2014",
        "2014-01-01",
        "2014-12-31",
    ),
    (
        "2022-05-17",
        "The war in Donbas has raged since 2014.",
        "2014",
        "2014-01-01",
        "2014-12-31",
    ),
    (
        "2022-05-17",
        "The plant was modernised last year.",
        "last year",
        "2021-01-01",
        "2021-12-31",
    ),
    (
        "2023-01-01",
        "The invasion began last year.",
        "last year",
        "2022-01-01",
        "2022-12-31",
    ),
    (
        "2023-01-01",
        "Russia fired thousands of missiles earlier this year.",
        "earlier this year",
        "2022-01-01",
        "2022-12-31",
    ),
    (
        "2022-10-01",
        "The town was retaken last September.",
        "last September",
        "2022-09-01",
        "2022-09-30",
    ),
    (
        "2022-10-01",
        "Troops were pushed back last summer.",
        "last summer",
        "2022-06-01",
        "2022-08-31",
    ),
    (
        "2023-03-01",
        "Ukraine's counteroffensive in the autumn retook Kherson.",
        "autumn",
        "2022-09-01",
        "2022-11-30",
    ),
    (
        "2023-03-01",
        "Russia struck power plants over the winter.",
        "winter",
        "2022-12-01",
        "2023-02-28",
    ),
    (
        "2023-03-01",
        "The winter of 2022 was the hardest.",
        "winter of 2022",
        "2021-12-01",
        "2022-02-28",
    ),
    (
        "2022-05-17",
        "Troops gathered on the border last winter.",
        "last winter",
        "2021-12-01",
        "2022-02-28",
    ),
    (
        "2024-02-29",
        "Kyiv's offensive last summer stalled.",
        "last summer",
        "2023-06-01",
        "2023-08-31",
    ),
    (
        "2022-01-02",
        "Troops massed along the border in December.",
        "December",
        "2021-12-01",
        "2021-12-31",
    ),
    (
        "2024-05-26",
        "A glide bomb hit a store in Kharkiv on Saturday. Hours later, another strike hit.",
        "Hours later",
        "2024-05-25",
        "2024-05-25",
    ),
    (
        "2024-05-20",
        "On the 14th, Russian troops attacked the village.",
        "14th",
        "2024-05-14",
        "2024-05-14",
    ),
    (
        "2024-05-20",
        "The assault on Vovchansk began on the 24th.",
        "24th",
        "2024-04-24",
        "2024-04-24",
    ),
    // Offsets from the publication day and periods up to it.
    (
        "2022-05-17",
        "Commanders had left the area a month ago.",
        "a month ago",
        "2022-04-17",
        "2022-04-17",
    ),
    (
        "2022-05-17",
        "The bridge was blown up two days ago.",
        "two days ago",
        "2022-05-15",
        "2022-05-15",
    ),
    (
        "2022-05-17",
        "The village fell three weeks ago.",
        "three weeks ago",
        "2022-04-26",
        "2022-04-26",
    ),
    (
        "2022-05-17",
        "The war began nearly a year ago, he said.",
        "a year ago",
        "2021-05-17",
        "2021-05-17",
    ),
    (
        "2022-05-17",
        "The siege started 80 days ago.",
        "80 days ago",
        "2022-02-26",
        "2022-02-26",
    ),
    (
        "2024-02-29",
        "Kyiv retook the village a year ago.",
        "a year ago",
        "2023-02-28",
        "2023-02-28",
    ),
    (
        "2022-03-31",
        "The invasion began a month ago.",
        "a month ago",
        "2022-02-28",
        "2022-02-28",
    ),
    // Two days of one month.
    (
        "2023-03-18",
        "Russian forces continued ground attacks in the Bakhmut direction on March 17 and 18.",
        "March 17 and 18",
        "2023-03-17",
        "2023-03-18",
    ),
    (
        "2023-03-20",
        "Drones struck Kharkiv on 17 and 18 March, the governor said.",
        "17 and 18 March",
        "2023-03-17",
        "2023-03-18",
    ),
    // A weekday that does not fit the date moves it to a year whose day it is, but not past
    // the publication.
    (
        "2025-03-20",
        "A ceasefire took effect on Sunday, Feb. 15, officials said.",
        "Feb. 15",
        "2025-02-15",
        "2025-02-15",
    ),
    // Two months or month parts joined as a range are one expression.
    (
        "2024-08-10",
        "Shelling went on between March and May 2023 near Bakhmut.",
        "March and May 2023",
        "2023-03-01",
        "2023-05-31",
    ),
    (
        "2024-08-10",
        "From November to February, the front barely moved.",
        "November to February",
        "2023-11-01",
        "2024-02-29",
    ),
    (
        "2024-07-21",
        "Fighting continued between late April and mid-May near Ocheretyne.",
        "late April and mid-May",
        "2024-04-21",
        "2024-05-20",
    ),
    // A part of the day is on the day of the last date told.
    (
        "2024-08-10",
        "Russia attacked Kharkiv on Monday. By mid-afternoon, the fire was out.",
        "By mid-afternoon",
        "2024-08-05",
        "2024-08-05",
    ),
    (
        "2024-08-10",
        "Drones attacked Kharkiv in the early morning, the mayor said.",
        "in the early morning",
        "2024-08-10",
        "2024-08-10",
    ),
    // A year counted from publication, written after a date without one, is its year.
    (
        "2024-10-10",
        "Ukrainian troops liberated Lyman on October 1 last year.",
        "October 1 last year",
        "2023-10-01",
        "2023-10-01",
    ),
    (
        "2024-10-10",
        "Russia captured Avdiivka in February this year.",
        "February this year",
        "2024-02-01",
        "2024-02-29",
    ),
    (
        "2024-10-10",
        "Heavy fighting raged throughout the night near Bakhmut.",
        "throughout the night",
        "2024-10-09",
        "2024-10-10",
    ),
    (
        "2024-11-14",
        "Russian forces continued offensive operations on November 13 and 14 but did not make confirmed advances.",
        "November 13 and 14",
        "2024-11-13",
        "2024-11-14",
    ),
    (
        "2023-03-20",
        "On March 17 and 18 people were wounded in Kharkiv.",
        "March 17",
        "2023-03-17",
        "2023-03-17",
    ),
    // A length of time after a perfect tense runs up to the report.
    (
        "2024-10-01",
        "The town had been under constant artillery fire for two weeks, a spokesperson said.",
        "two weeks",
        "2024-09-17",
        "2024-10-01",
    ),
    (
        "2023-03-01",
        "Russian forces have been storming the village for more than 10 days.",
        "10 days",
        "2023-02-19",
        "2023-03-01",
    ),
    (
        "2023-03-01",
        "Residents have lived without water for three months.",
        "three months",
        "2022-12-01",
        "2023-03-01",
    ),
    (
        "2022-05-19",
        "Another 771 soldiers surrendered in the past 24 hours.",
        "past 24 hours",
        "2022-05-18",
        "2022-05-19",
    ),
    (
        "2022-05-19",
        "Russia fired 40 missiles over the last 48 hours.",
        "last 48 hours",
        "2022-05-17",
        "2022-05-19",
    ),
    (
        "2022-05-19",
        "Ukraine lost 50 soldiers in the past day.",
        "past day",
        "2022-05-18",
        "2022-05-19",
    ),
    (
        "2022-05-19",
        "Shelling killed 12 people over the past week.",
        "past week",
        "2022-05-12",
        "2022-05-19",
    ),
    (
        "2022-05-19",
        "The front barely moved in the last two weeks.",
        "last two weeks",
        "2022-05-05",
        "2022-05-19",
    ),
    (
        "2022-05-19",
        "Prices doubled in the past month.",
        "past month",
        "2022-04-19",
        "2022-05-19",
    ),
    (
        "2022-05-19",
        "Russia lost 100 tanks in the past three days.",
        "past three days",
        "2022-05-16",
        "2022-05-19",
    ),
    (
        "2022-10-01",
        "Lyman has seen fierce fighting in recent weeks.",
        "in recent weeks",
        "2022-09-03",
        "2022-10-01",
    ),
    (
        "2022-10-01",
        "Attacks have grown in recent days.",
        "in recent days",
        "2022-09-24",
        "2022-10-01",
    ),
    (
        "2024-05-14",
        "In recent hours, fighting has intensified near Vovchansk.",
        "In recent hours",
        "2024-05-13",
        "2024-05-14",
    ),
    (
        "2023-01-01",
        "Drone attacks surged in the past 24 hours.",
        "past 24 hours",
        "2022-12-31",
        "2023-01-01",
    ),
    (
        "2024-03-01",
        "Russia gained ground in the past week.",
        "past week",
        "2024-02-23",
        "2024-03-01",
    ),
    // Clock times with zones: the day of the last date in the text, else publication.
    (
        "2022-06-14",
        "Fighters should lay down arms by early Wednesday, from 8 a.m. Moscow time (0500 GMT).",
        "8 a.m. Moscow time (0500 GMT)",
        "2022-06-15",
        "2022-06-15",
    ),
    (
        "2022-06-14",
        "The deadline passed at 0500 GMT without a reply.",
        "0500 GMT",
        "2022-06-14",
        "2022-06-14",
    ),
    (
        "2022-05-17",
        "Sirens sounded at 3 a.m. local time.",
        "3 a.m. local time",
        "2022-05-17",
        "2022-05-17",
    ),
    (
        "2022-05-17",
        "The strike came at dawn on the outskirts.",
        "dawn",
        "2022-05-17",
        "2022-05-17",
    ),
    (
        "2022-05-17",
        "On Sunday, the missile hit at 11 p.m. Kyiv time.",
        "11 p.m. Kyiv time",
        "2022-05-15",
        "2022-05-15",
    ),
    (
        "2022-10-01",
        "The curfew starts at midnight.",
        "midnight",
        "2022-10-01",
        "2022-10-01",
    ),
    (
        "2024-02-29",
        "The ceasefire began at noon.",
        "noon",
        "2024-02-29",
        "2024-02-29",
    ),
    // Around the start of the invasion and the turn of years.
    (
        "2022-05-17",
        "Mariupol's defenders held out until May 16.",
        "May 16",
        "2022-05-16",
        "2022-05-16",
    ),
    (
        "2022-06-14",
        "The bridge collapsed on June 12, the governor said.",
        "June 12",
        "2022-06-12",
        "2022-06-12",
    ),
    (
        "2022-02-24",
        "Putin announced the special military operation today.",
        "today",
        "2022-02-24",
        "2022-02-24",
    ),
    (
        "2022-02-24",
        "Russian troops crossed the border early Thursday.",
        "early Thursday",
        "2022-02-24",
        "2022-02-24",
    ),
    (
        "2022-02-24",
        "Explosions were heard in Kyiv before dawn on Thursday.",
        "Thursday",
        "2022-02-24",
        "2022-02-24",
    ),
    (
        "2022-12-31",
        "Russia launched 20 missiles on New Year's Eve, on Saturday.",
        "Saturday",
        "2022-12-31",
        "2022-12-31",
    ),
    (
        "2022-12-31",
        "Zelenskiy will address the nation tonight.",
        "tonight",
        "2022-12-31",
        "2022-12-31",
    ),
    (
        "2022-12-31",
        "More strikes are expected next week.",
        "next week",
        "2023-01-02",
        "2023-01-08",
    ),
    (
        "2022-12-31",
        "Ukraine will receive Patriot systems in January.",
        "January",
        "2023-01-01",
        "2023-01-31",
    ),
    (
        "2022-12-31",
        "Fighting in Bakhmut raged throughout December.",
        "December",
        "2022-12-01",
        "2022-12-31",
    ),
    (
        "2021-01-01",
        "Ceasefire violations were recorded last week.",
        "last week",
        "2020-12-21",
        "2020-12-27",
    ),
    (
        "2021-01-03",
        "Shelling was reported on Monday near Horlivka.",
        "Monday",
        "2020-12-28",
        "2020-12-28",
    ),
    (
        "2021-01-03",
        "Observers counted 300 explosions this week.",
        "this week",
        "2020-12-28",
        "2021-01-03",
    ),
    (
        "2024-02-29",
        "Strikes hit Kharkiv on Feb. 28 and again today.",
        "Feb. 28",
        "2024-02-28",
        "2024-02-28",
    ),
    (
        "2024-03-01",
        "The village fell yesterday, the ministry said.",
        "yesterday",
        "2024-02-29",
        "2024-02-29",
    ),
    (
        "2022-03-01",
        "The convoy has not moved for a day, it stalled two days ago.",
        "two days ago",
        "2022-02-27",
        "2022-02-27",
    ),
    (
        "2022-03-01",
        "Kharkiv was shelled last week.",
        "last week",
        "2022-02-21",
        "2022-02-27",
    ),
    // Day-first ranges and nights spanning two dates.
    (
        "2024-03-08",
        "Between 1 and 7 March, partners delivered food to 12,000 people.",
        "1 and 7 March",
        "2024-03-01",
        "2024-03-07",
    ),
    (
        "2024-03-08",
        "Fighting raged between 28 February and 3 March near Avdiivka.",
        "28 February and 3 March",
        "2024-02-28",
        "2024-03-03",
    ),
    (
        "2024-11-13",
        "Russia launched missile and drone strikes on the night of November 12 to 13.",
        "November 12 to 13",
        "2024-11-12",
        "2024-11-13",
    ),
    (
        "2024-11-13",
        "Drones attacked Kharkiv overnight on 12-13 November, officials said.",
        "12-13 November",
        "2024-11-12",
        "2024-11-13",
    ),
];

fn date(s: &str) -> NaiveDate {
    NaiveDate::parse_from_str(s, "%Y-%m-%d").expect("cases use YYYY-MM-DD")
}

/// The time mentions of `text` read as one block of kept lines.
fn times_in(text: &str, published: Option<NaiveDate>) -> Vec<time::TimeMention> {
    let sents = sentences::split(text, std::slice::from_ref(&(0..text.len())));
    time::find(text, &sents, published)
}

#[test]
fn expressions_resolve_to_the_expected_interval() {
    assert!(CASES.len() >= 200, "{} cases", CASES.len());
    let mut wrong = Vec::new();
    for (published, sentence, expression, start, end) in CASES {
        let times = times_in(sentence, Some(date(published)));
        let found = times
            .iter()
            .find(|t| &sentence[t.span.clone()] == *expression);
        let got = found
            .and_then(|t| t.resolved.as_ref())
            .map(|r| (r.start, r.end));
        if got != Some((date(start), date(end))) {
            let all: Vec<_> = times
                .iter()
                .map(|t| {
                    (
                        &sentence[t.span.clone()],
                        t.resolved
                            .as_ref()
                            .map(|r| (r.start.to_string(), r.end.to_string())),
                    )
                })
                .collect();
            wrong.push(format!(
                "{published} {sentence:?}: {expression:?} should be {start}..{end}; found {all:?}"
            ));
        }
    }
    assert!(
        wrong.is_empty(),
        "{} of {} wrong:\n{}",
        wrong.len(),
        CASES.len(),
        wrong.join("\n")
    );
}

#[test]
fn without_a_publication_date_relative_expressions_stay_unresolved() {
    for sentence in [
        "The town fell on Tuesday.",
        "Troops left last week.",
        "It happened a month ago.",
        "Shelling began in mid-May.",
    ] {
        let times = times_in(sentence, None);
        assert_eq!(times.len(), 1, "{sentence}");
        assert!(times[0].resolved.is_none(), "{sentence}");
    }
    let sentence = "Russia invaded on Feb. 24, 2022.";
    let times = times_in(sentence, None);
    assert_eq!(
        times[0].resolved.as_ref().map(|r| r.start),
        Some(date("2022-02-24"))
    );
}

#[test]
fn clock_times_carry_their_utc_instant() {
    let instant = |sentence: &str, published: &str| {
        times_in(sentence, Some(date(published)))
            .iter()
            .find_map(|t| t.resolved.as_ref().and_then(|r| r.instant))
            .map(|i| i.to_rfc3339())
    };
    assert_eq!(
        instant(
            "Fighters should lay down arms by early Wednesday, from 8 a.m. Moscow time (0500 GMT).",
            "2022-06-14"
        )
        .as_deref(),
        Some("2022-06-15T05:00:00+00:00")
    );
    // On the date of its own sentence (July 1, named after it), not the publication day;
    // Kyiv summer time is UTC+3: 3 a.m. local is midnight UTC.
    assert_eq!(
        instant(
            "Sirens sounded at 3 a.m. local time on July 1.",
            "2022-07-02"
        )
        .as_deref(),
        Some("2022-07-01T00:00:00+00:00")
    );
    // A 24-hour clock: with its zone an instant (Kyiv winter time, UTC+2), without one only
    // its day.
    assert_eq!(
        instant(
            "The strike came at 21:40 Kyiv time on Dec. 5.",
            "2024-12-06"
        )
        .as_deref(),
        Some("2024-12-05T19:40:00+00:00")
    );
    assert_eq!(
        instant(
            "At 01:30, the occupiers attacked Kivsharivka.",
            "2024-06-03"
        ),
        None
    );
    let times = times_in(
        "At 01:30, the occupiers attacked Kivsharivka.",
        Some(date("2024-06-03")),
    );
    assert_eq!(
        times[0].resolved.as_ref().map(|r| r.start),
        Some(date("2024-06-03"))
    );
}

#[test]
fn a_numbered_unit_is_no_day_of_the_month() {
    let text = "The 24th Brigade and the 3rd Assault Brigade repelled the attack.";
    assert!(times_in(text, Some(date("2024-05-20"))).is_empty());
}

#[test]
fn an_offset_is_as_precise_as_its_unit() {
    let text = "Five days ago drones hit. A month ago troops left. Ten years ago the war began.";
    let precisions: Vec<time::Precision> = times_in(text, Some(date("2024-05-14")))
        .iter()
        .filter_map(|t| t.resolved.as_ref().map(|r| r.precision))
        .collect();
    assert_eq!(
        precisions,
        [
            time::Precision::Day,
            time::Precision::Week,
            time::Precision::Month
        ]
    );
}

#[test]
fn the_reporting_period_is_the_last_period_named() {
    let published = Some(date("2024-08-09"));
    let text = "Between 1 and 31 July 2024, OHCHR recorded 219 civilians killed. On 16 July, shelling killed three. In Kharkiv region, 17 civilians were killed during the reporting period.";
    let times = times_in(text, published);
    let period = times
        .iter()
        .find(|t| &text[t.span.clone()] == "the reporting period")
        .and_then(|t| t.resolved.as_ref())
        .map(|r| (r.start, r.end));
    assert_eq!(period, Some((date("2024-07-01"), date("2024-07-31"))));
    // With no period named before it, it names none.
    let text = "Two civilians were killed over the same period.";
    assert!(times_in(text, published)[0].resolved.is_none());
}

#[test]
fn the_following_week_is_the_week_after_the_last_date_told() {
    let published = Some(date("2024-06-20"));
    let text = "On the morning of 8 April, a missile hit Kramatorsk. The following week, Ukrainian troops withdrew from the village.";
    let times = times_in(text, published);
    let week = times
        .iter()
        .find(|t| &text[t.span.clone()] == "The following week")
        .and_then(|t| t.resolved.as_ref())
        .map(|r| (r.start, r.end));
    assert_eq!(week, Some((date("2024-04-15"), date("2024-04-21"))));
}

#[test]
fn an_offset_from_a_named_happening_is_not_counted_from_the_last_date() {
    let published = Some(date("2024-02-17"));
    let text = "Syrskyi said late Friday that the units withdrew. The retreat came two days after Ukraine sent reinforcements. Fresh troops arrived two days later.";
    let times = times_in(text, published);
    let by_text = |t: &str| {
        times
            .iter()
            .find(|m| &text[m.span.clone()] == t)
            .unwrap_or_else(|| panic!("{t} not found"))
    };
    assert!(by_text("two days after").resolved.is_none());
    // A bare "two days later" counts from the last date named (late Friday, Feb 16).
    assert_eq!(
        by_text("two days later").resolved.as_ref().map(|r| r.start),
        Some(date("2024-02-18"))
    );
    // The happening's date, not the report's in the same sentence.
    let text = "Ukraine retook Urozhaine in mid-August, the military said on Wednesday. Two days later, Russian forces shelled the village.";
    let times = times_in(text, Some(date("2023-08-30")));
    let later = times
        .iter()
        .find(|m| &text[m.span.clone()] == "Two days later");
    // Counted from a ten-day part of a month, it is as wide.
    assert_eq!(
        later
            .and_then(|m| m.resolved.as_ref())
            .map(|r| (r.start, r.end)),
        Some((date("2023-08-13"), date("2023-08-22")))
    );
    // "Hours later" counts from the last day told, not from a month told in passing after it.
    let text = "Ukraine's military said early Saturday that it was withdrawing from Avdiivka, giving Russia its biggest victory since it captured Bakhmut last May. Hours later, Shoigu told Putin that Russian troops had taken the city.";
    let times = times_in(text, Some(date("2024-02-18")));
    let later = times
        .iter()
        .find(|m| &text[m.span.clone()] == "Hours later");
    assert_eq!(
        later
            .and_then(|m| m.resolved.as_ref())
            .map(|r| (r.start, r.end)),
        Some((date("2024-02-17"), date("2024-02-17")))
    );
}

#[test]
fn an_offset_forward_with_no_date_before_it_stays_unresolved() {
    // Counted from the publication day it would be two days in the future.
    let text = "Two days later, Ukrainian forces withdrew from Avdiivka, Syrskyi said.";
    let times = times_in(text, Some(date("2024-03-01")));
    assert_eq!(times.len(), 1);
    assert!(times[0].resolved.is_none());
    // Backward, it is still counted from the publication day.
    let text = "Two days earlier, Russian troops had reached the town centre.";
    let times = times_in(text, Some(date("2024-03-01")));
    assert_eq!(
        times[0].resolved.as_ref().map(|r| r.start),
        Some(date("2024-02-28"))
    );
}

#[test]
fn a_clock_time_is_on_the_date_of_its_sentence_or_the_one_before_else_the_publication_day() {
    let clock_day = |published: &str, text: &str| {
        let times = times_in(text, Some(date(published)));
        let clock = times
            .iter()
            .find(|t| t.family == time::lexicon::Family::Clock)
            .expect("a clock time");
        clock.resolved.as_ref().map(|r| r.start)
    };
    assert_eq!(
        clock_day(
            "2022-06-14",
            "Russia demanded they lay down arms by early Wednesday. Fighters should stop from 8 a.m. Moscow time."
        ),
        Some(date("2022-06-15"))
    );
    assert_eq!(
        clock_day(
            "2024-05-20",
            "Troops crossed the border on May 10. By mid-May they had seized villages. As of 9 a.m. Kyiv time, 9,900 people had been evacuated."
        ),
        Some(date("2024-05-20"))
    );
    assert_eq!(
        clock_day("2024-05-20", "At 5 a.m. on Sunday, drones hit Kharkiv."),
        Some(date("2024-05-19"))
    );
    // The day in a conversion to GMT is the GMT time's: the local clock is early Thursday.
    assert_eq!(
        clock_day(
            "2022-07-07",
            "Missiles struck Kramatorsk early on Thursday. The strike hit near a hotel at about 1:30 a.m. (2230 GMT Wednesday), the governor said."
        ),
        Some(date("2022-07-07"))
    );
    // The day the governor spoke is the report's: the strike's clock time is on the day the
    // sentence before named.
    assert_eq!(
        clock_day(
            "2023-06-29",
            "A missile hit a restaurant in Kramatorsk on Tuesday evening. The strike at 7:30 p.m. wounded 56 people, the governor said on Wednesday."
        ),
        Some(date("2023-06-27"))
    );
    // A clock time that dates the report itself is on the report's day.
    assert_eq!(
        clock_day(
            "2023-06-29",
            "A missile hit a restaurant in Kramatorsk on Tuesday. The governor said at 9 a.m. on Wednesday that 56 people were wounded."
        ),
        Some(date("2023-06-28"))
    );
}

#[test]
fn that_year_is_the_last_year_named() {
    let text = "In April 2014, separatists seized the city, and Ukrainian forces retook it in early July that year.";
    let times = times_in(text, Some(date("2024-06-08")));
    let july = times
        .iter()
        .find(|t| &text[t.span.clone()] == "early July")
        .and_then(|t| t.resolved.as_ref())
        .map(|r| (r.start, r.end));
    assert_eq!(july, Some((date("2014-07-01"), date("2014-07-10"))));
}

/// Asserts that none of `texts` has an expression of `family`.
fn none_of_family(texts: &[&str], family: time::lexicon::Family) {
    let published = Some(date("2024-08-20"));
    for text in texts {
        let found: Vec<String> = times_in(text, published)
            .iter()
            .filter(|t| t.family == family)
            .map(|t| text[t.span.clone()].to_string())
            .collect();
        assert!(found.is_empty(), "{text:?}: {found:?}");
    }
}

#[test]
fn the_war_named_as_a_noun_is_no_time() {
    none_of_family(
        &[
            "Russia's invasion has killed thousands of civilians.",
            "The war has displaced millions.",
            "Since Russia's full-scale invasion in February 2022, the city has been shelled daily.",
            "Kyiv said the invasion before 2014 was planned.",
            "Russia took Kupiansk in the first days of the full-scale invasion in February 2022.",
        ],
        time::lexicon::Family::War,
    );
}

#[test]
fn the_eve_of_something_named_is_no_day_of_its_own() {
    none_of_family(
        &["On the eve of the referendum, Russian forces shelled Lyman."],
        time::lexicon::Family::DayWord,
    );
}

#[test]
fn a_newspaper_named_after_a_weekday_is_no_time() {
    none_of_family(
        &[
            "Zelenskyy told the Sunday Times that Pokrovsk would hold.",
            "A general spoke to the Sunday Telegraph about Bakhmut.",
        ],
        time::lexicon::Family::Weekday,
    );
}

#[test]
fn a_length_of_time_without_a_perfect_tense_dates_nothing() {
    none_of_family(
        &[
            "The soldier was jailed for 12 years.",
            "The ceasefire will hold for three days.",
            "Evacuations are planned for two weeks from now.",
        ],
        time::lexicon::Family::PastPeriod,
    );
}

#[test]
fn the_fall_of_a_town_is_no_season() {
    none_of_family(
        &[
            "The fall of Debaltseve came three days after the ceasefire.",
            "Analysts warn that the fall of Pokrovsk would cut a key supply route.",
        ],
        time::lexicon::Family::Season,
    );
    let text = "Ukraine advanced in the fall of 2022.";
    let times = times_in(text, Some(date("2024-01-10")));
    assert_eq!(times.len(), 1, "{times:?}");
}

#[test]
fn the_month_is_the_month_of_the_last_date_named() {
    let text = "Russian units entered Siversk in mid-September and advanced to the town centre by the end of the month.";
    let times = times_in(text, Some(date("2024-03-01")));
    let end = times
        .iter()
        .find(|t| &text[t.span.clone()] == "the end of the month")
        .and_then(|t| t.resolved.as_ref())
        .map(|r| (r.start, r.end));
    assert_eq!(end, Some((date("2023-09-21"), date("2023-09-30"))));
}

#[test]
fn a_period_up_to_the_report_is_no_anchor_for_an_offset() {
    let text = "Two civilians were killed in Borova on Tuesday evening. Russian troops advanced near Lyptsi in the past week. A day earlier, a guided bomb struck Zolochiv.";
    let times = times_in(text, Some(date("2025-03-13")));
    let earlier = times
        .iter()
        .find(|t| &text[t.span.clone()] == "A day earlier")
        .and_then(|t| t.resolved.as_ref())
        .map(|r| (r.start, r.end));
    assert_eq!(earlier, Some((date("2025-03-10"), date("2025-03-10"))));
}

/// "The last weeks of the battle" are the battle's final weeks, not the weeks up to the
/// report; "the past weeks of fighting" and "the last two weeks" are.
#[test]
fn the_last_weeks_of_something_are_not_the_weeks_before_the_report() {
    let published = Some(date("2023-05-29"));
    let text = "Fighters who took part in the last weeks of the battle for Bakhmut spoke.";
    assert!(times_in(text, published).is_empty());
    let text = "Over the last two weeks, the unit lost half its men.";
    assert_eq!(times_in(text, published).len(), 1);
}

/// "That summer" is the summer of the year of the last date told, not of the report.
#[test]
fn that_summer_is_the_summer_of_the_last_year_told() {
    let published = Some(date("2025-03-30"));
    let text = "In the spring of 2023, Russian forces pushed west. That summer, the offensive turned south.";
    let found: Vec<_> = times_in(text, published)
        .iter()
        .filter_map(|t| t.resolved.as_ref().map(|r| (r.start, r.end)))
        .collect();
    assert_eq!(
        found,
        [
            (date("2023-03-01"), date("2023-05-31")),
            (date("2023-06-01"), date("2023-08-31"))
        ]
    );
}
