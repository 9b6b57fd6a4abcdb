"""Evaluation of the classifier against a labelled set: pure metrics (``metrics``) and the report (``report``)."""
