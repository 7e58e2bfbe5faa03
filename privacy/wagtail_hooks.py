from wagtail import hooks
from wagtail.permissions import register_permission_policy

from .back_office import LOG_ACTIONS, DataRequestPermissionPolicy, DataRequestViewSet
from .models import DataRequest

register_permission_policy(DataRequest, DataRequestPermissionPolicy(DataRequest))


@hooks.register("register_admin_viewset")
def register_data_request_viewset():
    return DataRequestViewSet("data_requests")


@hooks.register("register_log_actions")
def register_data_request_log_actions(actions):
    for action, (label, message) in LOG_ACTIONS.items():
        actions.register_action(action, label, message)
