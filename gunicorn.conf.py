# Production server settings: `gunicorn "app:create_app()"` reads this file.
# No access log: request lines would hold search terms (?q=…). Errors still go to stderr.
bind = "127.0.0.1:5000"
workers = 2
accesslog = None
errorlog = "-"
loglevel = "warning"
# Small request limits: every form here is a handful of short fields.
limit_request_line = 4094
limit_request_fields = 50
