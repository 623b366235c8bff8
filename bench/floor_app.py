"""The framework's floor: a minimal Flask app returning a fixed page, served like the real one."""

from flask import Flask

PAGE = "<!doctype html><html lang=en><title>Floor</title><h1>Floor</h1>" + "<p>text</p>" * 200

app = Flask(__name__)


@app.get("/<path:anything>")
@app.get("/")
def fixed(anything: str = "") -> str:
    return PAGE
