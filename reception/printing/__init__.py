"""Paper the desk hands out or keeps: visitor slips and the on-site roll call, as PDF or print."""
