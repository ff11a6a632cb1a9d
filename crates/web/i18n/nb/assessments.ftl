### assessments
