"""Localized error pages that keep the layout and the help link. No exception text leaks."""

from __future__ import annotations

from flask import Flask, Response, render_template
from flask.globals import request_ctx
from flask_babel import lazy_gettext as _l
from werkzeug.exceptions import HTTPException, InternalServerError

TITLES = {
    400: _l("Something in the request was not right"),
    404: _l("We could not find that page"),
    405: _l("That action is not available here"),
    413: _l("What you sent was too large"),
    500: _l("Something went wrong on our side"),
}
MESSAGES = {
    400: _l("The page could not use what was sent. Please go back and try again."),
    404: _l("The page may have moved, or the address may have a typo."),
    405: _l("Please use the links and buttons on the page."),
    413: _l("Please send less text and try again."),
    500: _l("Please try again in a moment. If you need help now, the help page is always there."),
}


def render_error(code: int):
    if request_ctx.url_adapter is None:
        # The request named a host the site does not serve (TRUSTED_HOSTS): no links can be
        # built for it, and none should be. A bare page, nothing from the request in it.
        return Response("Bad request.\n", status=400, mimetype="text/plain")
    title = TITLES.get(code, TITLES[400] if code < 500 else TITLES[500])
    message = MESSAGES.get(code, MESSAGES[400] if code < 500 else MESSAGES[500])
    body = render_template("errors/error.html", code=code, title=title, message=message)
    return body, code


def init_app(app: Flask) -> None:
    @app.errorhandler(HTTPException)
    def http_error(error: HTTPException):
        return render_error(error.code or 500)

    @app.errorhandler(InternalServerError)
    def server_error(error: InternalServerError):
        return render_error(500)
