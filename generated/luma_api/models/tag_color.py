from typing import Literal

TagColor = Literal["barney", "blue", "cranberry", "green", "orange", "purple", "red", "yellow"]

TAG_COLOR_VALUES: set[TagColor] = {
    "barney",
    "blue",
    "cranberry",
    "green",
    "orange",
    "purple",
    "red",
    "yellow",
}


def check_tag_color(value: str) -> TagColor:
    if value in TAG_COLOR_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {TAG_COLOR_VALUES!r}")
