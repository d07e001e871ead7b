from typing import Literal

ImageContentType = Literal["image/jpeg", "image/png"]

IMAGE_CONTENT_TYPE_VALUES: set[ImageContentType] = {
    "image/jpeg",
    "image/png",
}


def check_image_content_type(value: str) -> ImageContentType:
    if value in IMAGE_CONTENT_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {IMAGE_CONTENT_TYPE_VALUES!r}")
