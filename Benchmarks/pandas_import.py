"""The pandas side of the import benchmark (docs/PERFORMANCE.md).

Reads the same CBS-layout file, maps each crime type to its themes with the catalogue's figure-types.json,
and sums registered crime per municipality x theme x year: the figures Regiekamer's import makes queryable.
Prints the number of result rows and the elapsed seconds.
"""
import json
import sys
import time

import pandas as pd


def main(path: str, mapping_path: str) -> None:
    started = time.perf_counter()
    frame = pd.read_csv(
        path, sep=";", usecols=["SoortMisdrijf", "WijkenEnBuurten", "Perioden", "GeregistreerdeMisdrijven_1"],
        dtype={"SoortMisdrijf": "string", "WijkenEnBuurten": "string", "Perioden": "string"},
        na_values=["."], skipinitialspace=True)
    frame["type"] = frame["SoortMisdrijf"].str.strip()
    frame["area"] = frame["WijkenEnBuurten"].str.strip()
    frame = frame[frame["area"].str.startswith("GM")]
    frame["year"] = frame["Perioden"].str.slice(0, 4).astype("int32")
    with open(mapping_path, encoding="utf-8") as handle:
        types = json.load(handle)["crimeTypes"]
    links = pd.DataFrame(
        [(entry["code"], theme) for entry in types if not entry.get("total") for theme in entry["themes"]],
        columns=["type", "theme"])
    merged = frame.merge(links, on="type", how="inner")
    result = merged.groupby(["area", "theme", "year"], as_index=False)["GeregistreerdeMisdrijven_1"].sum()
    elapsed = time.perf_counter() - started
    print(f"{len(result)} rows (municipality x theme x year) in {elapsed:.2f} s")


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
