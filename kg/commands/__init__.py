"""Click commands of the ``kg`` CLI, one module each; ``kg.cli`` imports a module only when its command runs."""
