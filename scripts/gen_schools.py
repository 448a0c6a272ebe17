#!/usr/bin/env python3
"""Writes fictional language schools in the import format (README, "Importing language schools").

    scripts/gen_schools.py 48 > server/data/demo-schools.csv     # the demo and example file
    scripts/gen_schools.py 5000 > /tmp/schools-5000.csv          # for bench/schools.sh

Every name, address and web address is made up (web addresses end in .example, a reserved
name); the mix of routes, prices, hours and keurmerk is meant to look like real variety.
Deterministic: the same count gives the same file.
"""
import random
import sys

COLUMNS = ("school_ref,name,kind,website,phone,email,keurmerk,keurmerk_valid_until,stars,verified_on,"
           "verified_source,address,postcode,city,municipality_code,latitude,longitude,offer_ref,route,price_eur,"
           "hours,hours_per_week,weeks,schedule,format,in_person_percent,intake_test,exams_included,"
           "retakes_included,childcare,max_class_size,support_languages,suits_working,start_dates")

# (CBS code, city, latitude, longitude, postcode prefix)
PLACES = [
    ("0363", "Amsterdam", 52.370, 4.895, 10), ("0599", "Rotterdam", 51.922, 4.479, 30),
    ("0518", "Den Haag", 52.078, 4.300, 25), ("0344", "Utrecht", 52.091, 5.122, 35),
    ("0772", "Eindhoven", 51.441, 5.478, 56), ("0855", "Tilburg", 51.560, 5.091, 50),
    ("0014", "Groningen", 53.219, 6.567, 97), ("0034", "Almere", 52.350, 5.264, 13),
    ("0758", "Breda", 51.589, 4.776, 48), ("0268", "Nijmegen", 51.842, 5.853, 65),
    ("0202", "Arnhem", 51.985, 5.899, 68), ("0193", "Zwolle", 52.517, 6.083, 80),
    ("0546", "Leiden", 52.160, 4.497, 23), ("0392", "Haarlem", 52.387, 4.646, 20),
    ("0153", "Enschede", 52.221, 6.894, 75), ("0935", "Maastricht", 50.851, 5.691, 62),
]
FIRST = ["Taalhuis", "Taalschool", "Leerhuis", "Taalcentrum", "Taalatelier", "Spreekhuis", "Woordwerk", "Taalpunt"]
SECOND = ["De Zonnebloem", "Het Veerhuis", "De Brug", "Polderlicht", "De Wilg", "Kompas", "De Horizon", "Tulp",
          "Het Anker", "De Vuurtoren", "Molenwiek", "De Sluis", "Klaproos", "Het Baken", "Duinzicht", "De Linde"]
STREETS = ["Voorbeeldstraat", "Oefenlaan", "Fictieweg", "Proefplein", "Denkbeeldkade", "Schetsgracht"]
INFORMAL = [("taalcafe", "Taalcafé"), ("library", "Bibliotheek-taalpunt"), ("language_buddy", "Taalmaatjes")]
LANGS = ["ar", "tr", "en", "fa", "ti", "pl", "uk", "ru", "es", "fr", "zh", "so"]


def money(cents):
    return f"{cents // 100},{cents % 100:02d}" if cents % 100 else str(cents // 100)


def main(count):
    rng = random.Random(count)
    out = [COLUMNS]
    for n in range(1, count + 1):
        code, city, lat, lon, pc = PLACES[(n - 1) % len(PLACES)]
        informal = n % 8 == 0
        if informal:
            kind, label = INFORMAL[(n // 8) % len(INFORMAL)]
            name = f"{label} {SECOND[n % len(SECOND)]} {city} (fictief)"
            keurmerk, until, stars = "none", "", ""
        else:
            kind = "school"
            name = f"{FIRST[n % len(FIRST)]} {SECOND[(n * 7) % len(SECOND)]} {city} (fictief)"
            keurmerk = rng.choices(["keurmerkhouder", "aspirant", "none"], [70, 10, 20])[0]
            until = f"{rng.choice([2025, 2027, 2028])}-{rng.randint(1, 12):02d}-28" if keurmerk != "none" else ""
            stars = str(rng.randint(1, 4)) if keurmerk == "keurmerkhouder" and rng.random() < 0.8 else ""
        slug = f"school-{n:05d}"
        school = [f"DEMO-{n:05d}", f'"{name}"', kind, f"https://{slug}.example", "",
                  f"info@{slug}.example", keurmerk, until, stars, "2026-11-01",
                  "Voorbeeldgegevens (fictief)"]
        locations = []
        for i in range(1 if rng.random() < 0.7 else 2):
            street = f"{STREETS[(n + i) % len(STREETS)]} {rng.randint(1, 180)}"
            postcode = f"{pc}{rng.randint(10, 99)} {chr(65 + rng.randint(0, 25))}{chr(65 + rng.randint(0, 25))}"
            coords = (f"{lat + rng.uniform(-0.04, 0.04):.4f}", f"{lon + rng.uniform(-0.06, 0.06):.4f}")
            if rng.random() < 0.1:
                coords = ("", "")
            locations.append([street, postcode, city, f"GM{code}", *coords])
        if informal:
            offers = [("practice", "informal", 0, 60, 2, 30)]
        else:
            offers = [("b1", "b1", rng.randint(45, 95) * 10000 + rng.choice([0, 5000]), rng.choice([400, 500, 600, 700]),
                       rng.choice([6, 8, 9, 12]), 0)]
            if rng.random() < 0.5:
                offers.append(("z", "z", rng.randint(80, 115) * 10000, rng.choice([800, 800, 800, 600]), 12, 0))
            if rng.random() < 0.4:
                offers.append(("knm", "knm", rng.randint(30, 60) * 1000, 40, 4, 10))
            if rng.random() < 0.3:
                offers.append(("exam", "exam_training", rng.randint(40, 90) * 1000, 30, 6, 5))
            if rng.random() < 0.2:
                offers.append(("alfa", "literacy", rng.randint(30, 60) * 10000, 300, 9, 0))
            if rng.random() < 0.15:
                offers.append(("a2", "a2", rng.randint(20, 50) * 10000, 200, 8, 0))
            if rng.random() < 0.1:
                offers.append(("education", "education", rng.randint(90, 140) * 10000, 1000, 20, 0))
        for j, (ref, route, price, hours, per_week, weeks) in enumerate(offers):
            loc = locations[j % len(locations)]
            weeks = weeks or -(-hours // per_week)
            schedule = "|".join(sorted(rng.sample(["daytime", "evening", "weekend"], rng.randint(1, 2)),
                                       key=["daytime", "evening", "weekend"].index))
            fmt = rng.choices(["in_person", "hybrid", "online"], [70, 20, 10])[0]
            share = {"in_person": 100, "hybrid": rng.choice([50, 60, 75]), "online": 0}[fmt]
            working = "yes" if "evening" in schedule or "weekend" in schedule else "no"
            starts = "|".join(f"2027-{m:02d}-{rng.randint(1, 28):02d}" for m in sorted(rng.sample(range(1, 13), 2)))
            langs = "|".join(rng.sample(LANGS, rng.randint(0, 3)))
            out.append(",".join(school + loc + [
                ref, route, money(price) if price % 100 == 0 else f'"{money(price)}"', str(hours), str(per_week),
                str(weeks), schedule, fmt, str(share), "yes" if rng.random() < 0.8 else "no",
                "yes" if rng.random() < 0.3 else "no", str(rng.choice([0, 0, 1, 2])),
                "yes" if rng.random() < 0.25 else "no", str(rng.choice([8, 10, 12, 14, 16])) if route != "informal" else "",
                langs, working, starts]))
    sys.stdout.write("\n".join(out) + "\n")


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 48)
