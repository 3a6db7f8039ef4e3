"""Exclusions: numbers that are not figures (DESIGN §3): years and dates, ordinals ("75-й", "25th"), ages and
durations, anniversaries ("80-летию"), ranges of ages or dates, phone and hotline numbers, addresses and house
numbers, school grades, view counters after a timestamp, labels ("№"), numbers inside names ("COVID-19", a
short quoted name), numbers inside HTML markup, and a lone "один/бір/one" that is not coordinated with another
number.

One job, split by the kind of exclusion (each module says what it decides and why those numbers are no figures):

    kind                                                                   module
    the order in which the kinds are asked (is_not_a_count)                dispatch
    days of a month, clock times, quarters, page counters, ordinal endings dates
    year-like numbers that count a noun after all ("2000 школьных сумок")  years
    HTML markup, shortcodes, embedded data, file names, domains, "24/7"    markup
    quoted names, names of organisations and events, glosses, set phrases  names
    list-item numbers, "№" labels, requisites, ranks, stages               labels
    house numbers, streets, microdistricts, rooms, road kilometre posts   places
    sizes, dimensions, temperatures, frequencies, rate bases, multiples    measures
    ages, durations, families and children, body parts                     people
    when a lone "one/один/бір" is a count                                  one
    demonstratives, places named before, "all of them"                     references
    conditionals, worked examples, idioms, top-N                           examples
    copies cut in the middle of a number's scale, ending or noun           cuts
    helpers read by several kinds (month words, list joiners, "and")       _shared

Imports go one way: dispatch reads every kind, the kinds read _shared (and dates: its ordinal endings), none reads
dispatch or this package's __init__."""

from loaders.extract.exclusions.dispatch import is_not_a_count

__all__ = ["is_not_a_count"]
